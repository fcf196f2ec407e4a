# Tests while loops with else clauses, break, continue and counters.
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has divisor", d)
            break
        d += 1
    else:
        print(n, "is prime")
for n in [7, 12, 25, 29, 1]:
    find_divisor(n)
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
print(evens)
count = 0
while True:
    count += 1
    if count == 5:
        break
print("count", count)
while False:
    print("never")
else:
    print("else of empty while")
