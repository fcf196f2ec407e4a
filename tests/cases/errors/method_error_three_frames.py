# Tests a three-frame traceback through methods of a class with a KeyError at the bottom.
class Inventory:
    def __init__(self):
        self.stock = {"apple": 4}
    def remove(self, item, n):
        self.stock[item] -= n
    def sell(self, item):
        self.remove(item, 1)
        return self.stock[item]
inv = Inventory()
print(inv.sell("apple"))
print(inv.sell("mango"))
