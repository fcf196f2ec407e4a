# Tests building strings from character classes and checking characters against them.
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.punctuation), len(string.printable))
password = "Abc123!x"
checks = {
    "lower": any(c in string.ascii_lowercase for c in password),
    "upper": any(c in string.ascii_uppercase for c in password),
    "digit": any(c in string.digits for c in password),
    "punct": any(c in string.punctuation for c in password),
    "long": len(password) >= 8,
}
print(checks, all(checks.values()))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
