# Tests that runaway recursion raises a catchable RecursionError and the program continues.
import sys
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(3000))
