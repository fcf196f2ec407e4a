# Tests a seeded Monte-Carlo style simulation: dice statistics and a random walk, reproducible via seed.
import random
rng = random.Random(2024)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
freq = {s: rolls.count(s) for s in range(2, 13)}
print(freq, max(freq, key=freq.get))
pos, path = 0, []
for _ in range(20):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(path, min(path), max(path))
names = ["ann", "bob", "cy", "dee", "eve", "fay"]
rng.shuffle(names)
teams = [names[i::2] for i in range(2)]
print(teams, rng.sample(names, k=2), round(rng.random(), 6))
