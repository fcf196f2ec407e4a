# Tests an uncaught IndexError when indexing a tuple returned by a function.
def coords():
    return (3, 4)
point = coords()
print(point[0], point[1])
print(point[2])
