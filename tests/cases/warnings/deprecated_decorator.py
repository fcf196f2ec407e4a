# warnings.deprecated (PEP 702) on functions and classes.
import sys
import warnings

sys.stderr = sys.stdout


@warnings.deprecated("use new_sum instead")
def old_sum(a, b):
    return a + b


print(old_sum.__deprecated__, old_sum.__name__)
print(old_sum(1, 2))


@warnings.deprecated("Widget is deprecated", category=FutureWarning)
class Widget:
    def __init__(self, size):
        self.size = size


print(Widget(3).size, Widget.__deprecated__)


class Sub(Widget):
    pass


print(Sub(4).size)


@warnings.deprecated("silent", category=None)
def quiet():
    return "quiet"


print(quiet(), quiet.__deprecated__)
try:
    warnings.deprecated(42)
except TypeError as e:
    print(e)
try:
    warnings.deprecated("x")(5)
except TypeError as e:
    print(e)
