# Tests compile-time concatenation of adjacent string and bytes literals.
s = "hello" ' ' "world"
print(s)
mixed = ("a" r"\b" f"{1 + 1}"
         "c")
print(mixed)
b = b"ab" b"cd" rb"\e"
print(b)
print(len("one" "two"), "x" "y" * 2)
parts = ["x" "y", "z"]
print(parts)
print("multi"
      "line"
      "concat")
