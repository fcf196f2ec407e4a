# A first Taipan program: a greeting, a function, a loop and an f-string.
# Run it with ./taipan scripts/hello.py; CPython prints the same.


def greet(name, excited=False):
    """Returns a greeting for name."""
    mark = "!" if excited else "."
    return f"Hello, {name}{mark}"


def collatz_steps(n):
    """How many steps the Collatz sequence takes from n down to 1."""
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(greet("world", excited=True))
for name in ["Ada", "Guido", "Grace"]:
    print(greet(name))

longest = max(range(1, 100), key=collatz_steps)
print(f"below 100, {longest} takes the most steps")
for n in (6, 7, 27, longest):
    print(f"{n:>3} reaches 1 in {collatz_steps(n):>3} steps")

squares = [k * k for k in range(1, 6)]
print(f"squares: {squares}, total {sum(squares)}")
