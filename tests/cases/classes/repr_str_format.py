# Tests __repr__, __str__ and __format__: which one print/str/repr/format/f-strings use.
class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:g}{self.currency[0]}"
        return format(str(self), spec)
m = Money(12.5, "EUR")
print(m)
print(repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m:short}|{m:>15}|")
print(format(m, "short"), "{0} {0!r} {0:short}".format(m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), [str(OnlyStr())])
try:
    format(OnlyStr(), "x")
except TypeError as e:
    print(type(e).__name__, e)
