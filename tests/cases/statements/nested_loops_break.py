# Tests break/continue in nested loops only affecting the innermost loop, plus a flag-based exit.
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
target = 12
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target and a < b:
            found = (a, b)
            break
    if found:
        break
print("found", found)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in grid:
    for cell in row:
        if cell == 5:
            print("five at row", grid.index(row))
    else:
        print("row done", row)
