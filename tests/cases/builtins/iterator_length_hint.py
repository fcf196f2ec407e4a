# Tests __length_hint__ of built-in iterators through operator.length_hint, shrinking as items are consumed.
import operator

for it in (iter([1, 2, 3]), iter((4, 5)), iter(range(10)), iter({"a": 1, "b": 2}), iter("héllo"), iter({}.items())):
    before = operator.length_hint(it)
    next(it, None)
    print(type(it).__name__, before, operator.length_hint(it))
print(operator.length_hint(iter([]), 7), operator.length_hint(object(), 5))
it = iter("héllo")
print(next(it), it.__next__(), list(it), type(iter("abc")).__name__)
