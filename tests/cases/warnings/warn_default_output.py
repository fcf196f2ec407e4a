# warnings.warn prints "file:line: Category: message" and the source line to stderr, once per location.
import warnings


def check(n):
    if n > 2:
        warnings.warn(f"large value {n}")
    return n


for i in range(6):
    check(i)
warnings.warn("module level", RuntimeWarning)
warnings.warn("module level", RuntimeWarning)
for i in range(3):
    warnings.warn("in a loop", FutureWarning)
warnings.warn(SyntaxWarning("an instance"))
warnings.warn(UserWarning("instance wins"), RuntimeWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn(123)
print("done")
