"""Module without __all__: star import takes every name not starting with underscore."""
import math as _math
alpha = "a"
beta = "b"
_gamma = "g"
def root(x):
    return _math.sqrt(x)
