# Tests chained comparisons, evaluation order and single evaluation of middle operands.
def val(x, log):
    log.append(x)
    return x
log = []
print(val(1, log) < val(2, log) < val(3, log), log)
log = []
print(val(3, log) < val(2, log) < val(5, log), log)
x = 5
print(1 < x <= 5, 1 < x < 5, 0 == 0 == 0, 1 != 2 != 1)
print(1 < 2 > 0, "a" < "b" < "c", [1] == [1] != [2])
print(1 < 3 in [3, 4], 5 in [5] not in [[5]])
a = [1, 2]
b = a
print(a is b is not None, a == b == [1, 2])
print((1 < 2) < 3, 1 < (2 < 3))
