# Tests aliasing pitfalls ([[0]*3]*3), shallow copies with slicing/list()/copy and deep copying by hand and copy module.
import copy
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
orig = [[1, 2], [3, 4]]
shallow = orig[:]
shallow2 = list(orig)
shallow3 = orig.copy()
deep = [row[:] for row in orig]
deep2 = copy.deepcopy(orig)
orig[0].append(99)
orig.append([5])
print(shallow, shallow2, shallow3, deep, deep2)
d = {"list": [1], "n": 1}
dc = dict(d)
dc["list"].append(2)
dc["n"] = 100
print(d, dc)
x = [1]
y = [x, x]
z = copy.deepcopy(y)
print(z[0] is z[1], z[0] is x)
