# Tests chr(), ord(), hex(), oct() and bin() including negatives, big numbers and errors.
print(chr(65), chr(97), chr(8364), chr(0x1F600) == "\U0001F600", ord("A"), ord("€"), ord("\n"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2**64), bin(1023), oct(2**20))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
print("".join(chr(ord(c) + 1) for c in "HAL"))
for bad in [lambda: ord("ab"), lambda: ord(""), lambda: chr(0x110000), lambda: hex(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()), oct(Idx()))
