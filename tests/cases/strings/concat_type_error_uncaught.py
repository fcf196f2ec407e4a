# Tests the traceback of an uncaught TypeError from concatenating str and int inside a function.
def label(name, count):
    return name + ": " + count
print(label("apples", "3"))
print(label("pears", 4))
