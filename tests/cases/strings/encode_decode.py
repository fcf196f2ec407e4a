# Tests str.encode and bytes.decode with utf-8, latin-1, ascii, utf-16, and error handlers.
s = "Grüße, 世界!"
utf8 = s.encode("utf-8")
print(utf8, len(s), len(utf8))
print(utf8.decode("utf-8") == s, s.encode(), s.encode("UTF8") == utf8)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-16-le"), "A".encode("utf-16-be"))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(b"\xff\xfeA\x00".decode("utf-16"), b"abc\xff".decode("ascii", "replace"), b"abc\xff".decode("utf-8", "backslashreplace"))
print(bytes([0xe2, 0x82, 0xac]).decode(), "€".encode("cp1252"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
