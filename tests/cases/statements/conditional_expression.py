# Tests conditional expressions, nesting, laziness and precedence.
def side(x):
    print("eval", x)
    return x
for n in [-2, 0, 3]:
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
r = side("a") if True else side("b")
print(r)
print((1 if False else 2) + 10, 1 if False else 2 + 10)
values = [x if x % 2 else -x for x in range(5)]
print(values)
f = (lambda v: "big" if v > 10 else "small")
print(f(5), f(50))
