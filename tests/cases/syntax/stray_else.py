# Tests SyntaxError 'invalid syntax' for an else block with no matching if.
x = 1
print(x)
else:
    print("orphan")
