# Tests str.maketrans (dict, two-string and three-string forms) and translate.
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
strip_vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(strip_vowels))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): "Hh"}))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
secret = "Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
print(str.maketrans({"a": "1", "b": None}))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print(type(e).__name__, e)
