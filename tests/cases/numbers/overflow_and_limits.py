# Tests OverflowError cases, sys.float_info and sys.maxsize, and int/str conversion digit limits.
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.maxsize == 2 ** 63 - 1, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 5000
except OverflowError as e:
    print(type(e).__name__)
try:
    int("9" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(big)), int("9" * 5000) % 1000)
print(len(hex(big)), big.bit_length())
