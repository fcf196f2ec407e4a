# Tests that and/or return operands, short-circuit evaluation, and not precedence.
def t(x):
    print("eval", x)
    return x
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1/0)
print(t(1) or t(2))
print(t(0) and t(2))
print(t([]) or t(0) or t("last"))
print(not 0, not [1], not not "x")
print(not 1 == 2, (not 1) == 2)
print(None or 0, 1 and None)
x = None
name = x and x.name
print(name)
print(True + (False or 2), [] and 1/0)
