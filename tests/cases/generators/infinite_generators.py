# Tests infinite generators consumed partially with islice, zip and break.
import itertools
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(itertools.islice(fib(), 15)))
print(list(itertools.islice(primes(), 12)))
print(list(zip("abc", naturals())))
for n in naturals(100):
    if n % 7 == 0:
        print("first multiple of 7 >= 100:", n)
        break
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
