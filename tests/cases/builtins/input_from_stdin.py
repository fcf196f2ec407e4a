# Tests input() reading lines from stdin, with and without a prompt, and EOFError at end of input.
name = input("Name? ")
print(f"Hello, {name}!")
count = int(input())
total = 0
for i in range(count):
    total += int(input(f"number {i + 1}: "))
print("total", total)
line = input()
print(repr(line))
try:
    input("more? ")
except EOFError as e:
    print("EOFError", repr(str(e)))
