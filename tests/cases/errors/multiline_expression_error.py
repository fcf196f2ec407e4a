# Tests caret and source-line display when the failing expression spans multiple lines.
def scale(x, factor):
    return x * factor
data = {"a": 2}
result = scale(
    data["a"],
    data["b"],
)
print(result)
