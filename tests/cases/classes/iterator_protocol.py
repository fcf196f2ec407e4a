# Tests user-defined iterators (__iter__/__next__), iterables returning fresh iterators, StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r))
it = iter(Countdown(3))
for x in it:
    print("got", x)
    if x == 2:
        break
print("rest", list(it))
a, b, c = Countdown(3)
print(a, b, c)
print(dict(zip(Range2(3), Countdown(3))))
