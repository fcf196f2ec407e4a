# Tests a realistic numeric program: big Fibonacci numbers, a prime sieve and gcd/lcm by hand.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)], fib(200))
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(100)
print(primes, len(sieve(10000)))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b)
print(gcd(1071, 462), gcd(-12, 18), lcm(4, 6), lcm(21, 6), gcd(fib(100), fib(99)))
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print(total)
