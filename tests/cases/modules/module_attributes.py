# Tests module attributes: __name__, __file__ basename, __doc__, dir() contents and attribute errors.
import os
import helper_shapes
import helper_nostar
print(__name__, os.path.basename(__file__), __doc__)
print(os.path.basename(helper_shapes.__file__), helper_shapes.__doc__)
print([n for n in dir(helper_nostar) if not n.startswith("__")])
print(getattr(helper_shapes, "PI"), hasattr(helper_shapes, "nope"))
try:
    helper_shapes.nope
except AttributeError as e:
    print(type(e).__name__, e)
helper_shapes.PI = 3
print(helper_shapes.area_circle(1))
setattr(helper_nostar, "added", "dynamic")
print(helper_nostar.added, vars(helper_nostar)["alpha"])
