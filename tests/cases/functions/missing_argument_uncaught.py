# Tests the traceback of an uncaught TypeError for a missing argument in a nested call.
def area(width, height):
    return width * height
def report(shape):
    return f"{shape}: {area(3)}"
print(area(2, 5))
print(report("square"))
