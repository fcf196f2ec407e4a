# Tests two independent generators interleaved, and a generator closing over loop variables.
def numbered(tag):
    i = 0
    while True:
        i += 1
        yield f"{tag}{i}"
a, b = numbered("a"), numbered("b")
print([next(a) if i % 2 else next(b) for i in range(6)])
gens = [(x * k for x in range(3)) for k in range(1, 4)]
print([list(g) for g in gens])
gens2 = []
for k in range(1, 4):
    gens2.append(x * k for x in range(3))
print([list(g) for g in gens2])
def zipper(*gens):
    while True:
        try:
            yield tuple(next(g) for g in gens)
        except RuntimeError as e:
            print("RuntimeError:", e)
            return
print(list(zipper(iter([1, 2]), iter("abc"))))
