# Tests SyntaxError "'(' was never closed" for an unclosed call spanning the end of the file.
values = [1, 2, 3]
print(sum(values)
x = 5
