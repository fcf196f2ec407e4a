# Tests nested lists as matrices: transpose with zip(*m), multiplication, identity and pretty printing.
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
def transpose(m):
    return [list(r) for r in zip(*m)]
def matmul(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
print(transpose(A))
C = matmul(A, B)
print(C, matmul(C, identity(2)) == C)
for row in matmul(B, A):
    print(" ".join(f"{v:4d}" for v in row))
print([sum(col) for col in zip(*A)], [max(r) for r in B], sum(map(sum, A)))
rotated = [list(r) for r in zip(*A[::-1])]
print(rotated)
