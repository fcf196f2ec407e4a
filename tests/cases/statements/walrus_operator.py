# Tests assignment expressions in conditions, loops and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
print((z := 5) + z)
def first_big(nums):
    return any((hit := v) > 7 for v in nums), hit
print(first_big(data))
text = "a=1;b=2;c"
pairs = [(k, v) for part in text.split(";") if len(kv := part.split("=")) == 2 for k, v in [kv]]
print(pairs)
