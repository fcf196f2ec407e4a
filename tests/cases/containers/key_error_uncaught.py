# Tests the traceback of an uncaught KeyError from a nested dict lookup in a function.
inventory = {"fruit": {"apple": 3, "pear": 0}, "veg": {"kale": 2}}
def stock(category, item):
    return inventory[category][item]
print(stock("fruit", "apple"))
print(stock("veg", "carrot"))
