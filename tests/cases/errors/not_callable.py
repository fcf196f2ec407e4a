# Tests an uncaught TypeError from calling a non-callable value shadowing a function name.
def total(items):
    return sum(items)
print(total([1, 2]))
total = total([3, 4])
print(total)
print(total([5]))
