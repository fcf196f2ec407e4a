# Tests operator functions, itemgetter, attrgetter and methodcaller in sorting and mapping.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.contains([1, 2], 2), operator.eq(1, 1.0), operator.lt(1, 2))
print(operator.getitem("abc", 1), operator.index(7), operator.concat([1], [2]), operator.and_(6, 3), operator.xor(6, 3), operator.pow(2, 5))
rows = [("bob", 25, "ops"), ("ann", 31, "eng"), ("cy", 25, "eng")]
print(sorted(rows, key=itemgetter(1, 0)), list(map(itemgetter(0), rows)), itemgetter(0, 2)(rows[0]))
class P:
    def __init__(self, name, city):
        self.name, self.info = name, type("Info", (), {"city": city})()
    def greet(self, greeting):
        return f"{greeting}, {self.name}"
people = [P("zed", "rome"), P("amy", "oslo")]
print([p.name for p in sorted(people, key=attrgetter("name"))], attrgetter("name", "info.city")(people[0]))
print(list(map(methodcaller("greet", "hi"), people)), methodcaller("split", ",")("a,b"), methodcaller("upper")("x"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.is_(None, None), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
