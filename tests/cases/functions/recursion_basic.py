# Tests recursive functions: factorial, fibonacci with memo dict, tree depth, permutations.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(30))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(10), fib(90))
def depth(tree):
    if not isinstance(tree, list):
        return 0
    return 1 + max((depth(t) for t in tree), default=0)
print(depth([1, [2, [3, [4]], []]]), depth([]), depth(5))
def perms(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            result.append([x] + p)
    return result
print(perms([1, 2, 3]))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, 4], [[5]]], 6]))
