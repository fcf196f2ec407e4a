# Tests SyntaxError 'invalid syntax' for a dangling binary operator; nothing runs before the error.
print("this line never runs")
total = 1 +
print(total)
