# Tests character arithmetic with ord/chr in a Caesar cipher, preserving case and punctuation.
def shift(text, k):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn, Zebra-42!"
enc = shift(msg, 3)
print(enc)
print(shift(enc, -3), shift(enc, -3) == msg)
print([shift("abc", k) for k in (0, 1, 25, 26, -1)])
def crack(cipher, known="the"):
    for k in range(26):
        if known in shift(cipher, -k).lower():
            return k, shift(cipher, -k)
print(crack(shift("Meet me at the park", 11)))
