# Tests raise forms: class, instance, bare re-raise, raise from, and raising non-exceptions.
def check(kind):
    try:
        if kind == 1:
            raise ValueError
        if kind == 2:
            raise ValueError("with message")
        if kind == 3:
            raise KeyError("k") from None
        if kind == 4:
            raise 42
    except Exception as e:
        print(kind, type(e).__name__, repr(e), e.__suppress_context__)
for k in range(1, 5):
    check(k)
def reraiser():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("outer got", e)
try:
    try:
        raise OSError("disk")
    except OSError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "caused by", repr(e.__cause__))
