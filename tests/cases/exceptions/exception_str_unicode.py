# Tests messages of Unicode encode/decode errors and their attributes.
try:
    b"caf\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.start, e.end, repr(e.object[e.start:e.end]))
print("naïve".encode("ascii", errors="replace"), "naïve".encode("ascii", errors="ignore"))
print(b"caf\xe9".decode("utf-8", errors="replace"), b"caf\xe9".decode("latin-1"))
print(issubclass(UnicodeError, ValueError))
