# Tests 'from module import *' with and without __all__, and that private names are skipped.
from helper_star import *
print(CONSTANT, public_func())
for name in ["not_listed", "_private"]:
    print(name, name in globals())
from helper_nostar import *
print(alpha, beta, root(16), "_gamma" in globals(), "_math" in globals())
import helper_star
print(helper_star.not_listed(), helper_star._private, sorted(helper_star.__all__))
