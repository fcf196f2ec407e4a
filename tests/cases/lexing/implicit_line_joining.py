# Tests implicit line joining inside parentheses, brackets and braces.
result = (10
          + 20
          - 5)
print(result)
matrix = [
    [1, 2, 3],
    [4, 5, 6],
]
print(matrix)
settings = {
    "depth":
        3,
    "name": (
        "deep"
        "er"
    ),
}
print(settings)
def call(a,
         b=2,
         *rest,
         key=None):
    return (a, b, rest, key)
print(call(1,
           2,
           3,
           key="k"))
print(sum(x * x
          for x in range(5)
          if x % 2))
