# Tests hex(), oct(), bin() and their format-spec equivalents for small, negative and large ints.
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 32, 2 ** 100 - 1]:
    print(n, hex(n), oct(n), bin(n), f"{n:x}", f"{n:#o}", f"{n:b}"[:12])
print(int(hex(-255), 16), int(oct(-8), 8), int(bin(-5), 2))
print(0xff == 255, 0o777 == 511, 0b1111 == 15, hex(0xDEADBEEF).upper())
print(f"{255:08b}", f"{255:#010b}", f"{65535:_x}", f"{10**12:_o}")
