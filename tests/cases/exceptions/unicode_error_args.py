# Tests UnicodeEncodeError/UnicodeDecodeError/UnicodeTranslateError built by hand: their five
# (four) arguments, attributes, str() forms and argument type checks; and the errors codecs raise.


def attempt(make):
    try:
        e = make()
    except Exception as err:
        print(type(err).__name__, err)
    else:
        print(repr(e), "|", str(e), "|", e.args)


attempt(lambda: UnicodeEncodeError("latin-1", "\xfc", 0, 1, "ordinal not in range(256)"))
attempt(lambda: UnicodeEncodeError("latin-1", "\xfcab", 0, 3, "bad"))
attempt(lambda: UnicodeEncodeError("latin-1", "a\u1234\U00012345", 1, 2, "bad"))
attempt(lambda: UnicodeEncodeError("latin-1", "a\u1234\U00012345", 2, 3, "bad"))
attempt(lambda: UnicodeEncodeError("latin-1", "\xfc", 5, 9, "out of range"))
attempt(lambda: UnicodeEncodeError("latin-1", "", 0, 1, "empty"))
attempt(lambda: UnicodeEncodeError("a"))
attempt(lambda: UnicodeEncodeError())
attempt(lambda: UnicodeEncodeError(1, "x", 0, 1, "r"))
attempt(lambda: UnicodeEncodeError("a", b"x", 0, 1, "r"))
attempt(lambda: UnicodeEncodeError("a", "x", "0", 1, "r"))
attempt(lambda: UnicodeEncodeError("a", "x", 0.5, 1, "r"))
attempt(lambda: UnicodeEncodeError("a", "x", 0, 1, 5))
attempt(lambda: UnicodeEncodeError("a", "x", 0, 1, "r", 6))
attempt(lambda: UnicodeEncodeError("a", "x", 0, 1, reason="r"))
attempt(lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
attempt(lambda: UnicodeDecodeError("utf-8", bytearray(b"\xff\xfe"), 0, 2, "invalid"))
attempt(lambda: UnicodeDecodeError("utf-8", "x", 0, 1, "invalid"))
attempt(lambda: UnicodeDecodeError("utf-8", 5, 0, 1, "invalid"))
attempt(lambda: UnicodeDecodeError("utf-8", b"ab"))
attempt(lambda: UnicodeTranslateError("\xfc", 0, 1, "bad"))
attempt(lambda: UnicodeTranslateError("\xfcx", 0, 2, "bad"))
attempt(lambda: UnicodeTranslateError(b"x", 0, 2, "bad"))
attempt(lambda: UnicodeTranslateError("x", 0, 1))
attempt(lambda: UnicodeError("x", 1))

e = UnicodeDecodeError("utf-8", bytearray(b"\xff\xfe"), 0, 2, "invalid")
print(e.encoding, e.object, e.start, e.end, e.reason, vars(e))
e.start = 1
print(e)
e.reason = "new reason"
print(e)
e.encoding = 7
print(e)
e.object = b"abc"
e.end = 3
print(e)
for value in ["x", None, 1.5]:
    try:
        e.start = value
    except TypeError as err:
        print("TypeError", err)
print(hasattr(UnicodeError("x"), "encoding"), UnicodeError("x").args)
e = UnicodeEncodeError("ascii", "x", 0, 1, "r")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(isinstance(e, ValueError), isinstance(e, UnicodeError))

try:
    "a\xfcb".encode("ascii")
except UnicodeEncodeError as err:
    print(repr(err), err.args, err.start, err.end, err.object, err.encoding)
try:
    b"a\xff\xfe".decode("utf-8")
except UnicodeDecodeError as err:
    print(repr(err), err.args, err.start, err.end, err.object)
try:
    "\u1234\u1235".encode("latin-1")
except UnicodeEncodeError as err:
    print(str(err))


class Strict(UnicodeEncodeError):
    def __init__(self, text):
        super().__init__("ascii", text, 0, 1, "nope")


print(str(Strict("\xe9")), Strict("\xe9").args)
try:
    raise UnicodeEncodeError("latin-1", "\u20ac", 0, 1, "ordinal not in range(256)")
except UnicodeError as err:
    print("caught", err)
