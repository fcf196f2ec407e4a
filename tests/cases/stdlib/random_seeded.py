# Tests the random module with a fixed seed: reproducible sequences across functions and instances.
import random
random.seed(12345)
print([round(random.random(), 12) for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(5)], random.randrange(10))
items = ["apple", "banana", "cherry", "date", "elder"]
print(random.choice(items), random.sample(items, 3), random.sample(range(100), 4))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(round(random.uniform(10, 20), 12), random.getrandbits(16), random.getrandbits(70))
print(random.choices(items, k=4), random.choices(items, weights=[5, 1, 1, 1, 10], k=4))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
r1, r2 = random.Random(7), random.Random(7)
print([r1.randint(0, 1000) for _ in range(5)] == [r2.randint(0, 1000) for _ in range(5)], random.Random(7).random())
random.seed("a string seed")
print(random.randint(0, 10 ** 9))
random.seed(2 ** 80 + 1)
print(random.random())
