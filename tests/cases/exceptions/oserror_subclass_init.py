# Tests how OSError and its subclasses map constructor arguments to errno/strerror/filename,
# including subclasses with their own __init__ (arguments then go to __init__ only) and __new__.


def show(e):
    print(type(e).__name__, repr(e), e.args, e.errno, e.strerror, e.filename, e.filename2, repr(str(e)), vars(e))


show(OSError("a"))
show(OSError(None, None))
show(OSError(1, None))
show(OSError(1, "x", None))
show(OSError(1, "x", "f"))
show(OSError(1, "x", "f", None, "g"))
show(OSError(1, "x", "f", None, "g", 6))
show(OSError(2, "x", "f"))
show(OSError(999, "odd"))
show(FileNotFoundError(13, "denied"))
show(BlockingIOError(11, "x", 5))
print(BlockingIOError(11, "x", 5).characters_written)
try:
    print(BlockingIOError(11, "x").characters_written)
except AttributeError as e:
    print("AttributeError", e)


class HTTPErrorLike(OSError):
    """Like urllib.error.HTTPError: its own __init__, never calling OSError's."""

    def __init__(self, url, code, msg):
        self.url = url
        self.code = code
        self.msg = msg

    def __str__(self):
        return f"HTTP Error {self.code}: {self.msg}"


e = HTTPErrorLike("http://x/", 404, "Not Found")
show(e)
print(e.url, e.code)
try:
    raise HTTPErrorLike("u", 500, "Boom")
except OSError as caught:
    print("caught", caught, caught.args)


class Own(OSError):
    def __init__(self, a, b):
        pass


show(Own("url", 404))


class Child(Own):
    pass


show(Child(2, "nf"))


class CallsSuper(OSError):
    def __init__(self, a, b):
        super().__init__(b, a)


show(CallsSuper("url", 404))


class CallsSuperFilename(OSError):
    def __init__(self, path):
        super().__init__(2, "No such thing", path)


show(CallsSuperFilename("/tmp/x"))


class Plain(OSError):
    pass


show(Plain(2, "nf", "p"))


class NewAndInit(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)

    def __init__(self, *args):
        pass


show(NewAndInit(2, "nf", "p"))


class KwInit(OSError):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.extra = kwargs


show(KwInit(1, "a", x=3))

e = OSError(1, "x")
e.args = (5, "y")
show(e)
e = OSError(1, "x")
e.errno = None
show(e)
e = OSError(1, "x")
e.filename = "zz"
show(e)
e.filename2 = "yy"
show(e)
e = OSError(2, "x", "f")
e.strerror = "changed"
show(e)

for bad in [lambda: OSError(1, x=2), lambda: Plain(1, x=2)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError", err)
try:
    CallsSuper.__init__(CallsSuper("a", 1), 1, "b", x=1)
except TypeError as err:
    print("TypeError", err)
print(type(OSError(2, "x")).__name__, type(Plain(2, "x")).__name__, type(OSError(2)).__name__)
