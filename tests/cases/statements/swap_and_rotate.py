# Tests tuple-assignment evaluation order: right side fully evaluated before targets are bound.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30, 40]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
arr = [5, 6, 7]
i, arr[i] = 2, 99
print(i, arr)
x = [1, 2, 3]
x[1:], x[0] = ["a"], "z"
print(x)
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
    fib.append(q)
print(fib)
