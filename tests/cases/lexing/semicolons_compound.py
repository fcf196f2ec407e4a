# Tests simple statements separated by semicolons and one-line compound statements.
a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("big"); print("still big")
for i in range(3): print(i, end=" "); print("|", end=" ")
print()
while a < 4: a += 1
print(a)
def one(): return 1
class K: pass
print(one(), K.__name__)
try: x = 1 / 0
except ZeroDivisionError: print("caught")
print("end");
