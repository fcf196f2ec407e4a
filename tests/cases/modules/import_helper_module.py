# Tests importing a sibling helper module: functions, classes, constants, and its __name__ guard.
import helper_shapes
import helper_shapes as hs
from helper_shapes import Rect, area_circle as circle
print(helper_shapes.PI, helper_shapes.area_circle(2), circle(1))
r = Rect(3, 4)
print(r.area(), isinstance(r, helper_shapes.Rect), hs is helper_shapes, Rect is hs.Rect)
print(helper_shapes.describe(), len(helper_shapes.created))
print(helper_shapes.__name__, __name__, helper_shapes.__doc__)
print(type(helper_shapes).__name__, Rect.__module__, circle.__module__, circle.__name__)
