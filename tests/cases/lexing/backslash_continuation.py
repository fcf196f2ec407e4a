# Tests explicit line joining with backslash in expressions and statements.
total = 1 + \
        2 + \
        3
print(total)
if total > 5 and \
   total < 10:
    print("between")
name = "taipan" \
       "-interp"
print(name)
x = [1, 2,
     3] ; y = \
    4
print(x, y)
def long_args(a, b, c):
    return a * b \
        - c
print(long_args(3, 4, \
                5))
assert total == \
    6, "bad"
print("done")
