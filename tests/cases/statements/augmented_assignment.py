# Tests augmented assignment on names, subscripts, attributes and mutable vs immutable objects.
class Acc:
    def __init__(self):
        self.n = 0
acc = Acc()
acc.n += 5
acc.n *= 3
print(acc.n)
counts = {"a": 1}
counts["a"] += 10
counts["b"] = counts.get("b", 0) + 1
print(counts)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
print(grid)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(talias, tup, tup is talias)
s = "ab"
s *= 3
print(s)
n = 10
n **= 2; n //= 7; n %= 5; n -= 1
print(n)
bits = 0b1100
bits &= 0b1010; bits |= 0b0001; bits ^= 0b1111; bits <<= 2; bits >>= 1
print(bin(bits))
calls = []
def key():
    calls.append("key")
    return 0
arr = [100]
arr[key()] += 1
print(arr, calls)
