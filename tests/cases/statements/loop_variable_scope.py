# Tests that loop variables persist after loops and closures capture variables late.
for i in range(3):
    pass
print("after loop i =", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([f() for f in funcs])
funcs = []
for k in range(3):
    funcs.append(lambda k=k: k)
print([f() for f in funcs])
comp = [m for m in range(3)]
try:
    print(m)
except NameError as e:
    print(type(e).__name__, e)
