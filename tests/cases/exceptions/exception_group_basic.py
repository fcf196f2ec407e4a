# Tests ExceptionGroup construction, message, exceptions, subgroup, split and derive.
eg = ExceptionGroup("batch failed", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(str(eg), "|", repr(eg.message), len(eg.exceptions))
print([repr(e) for e in eg.exceptions])
vals = eg.subgroup(ValueError)
print(type(vals).__name__, str(vals), [str(e) for e in vals.exceptions])
match, rest = eg.split(TypeError)
print(str(match), [repr(e) for e in match.exceptions], "|", str(rest))
print(eg.subgroup(KeyError))
print(eg.subgroup(lambda e: "2" in str(e)).exceptions)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b")])])
print(str(nested), [type(e).__name__ for e in nested.exceptions])
print(nested.subgroup(KeyError).exceptions[0].exceptions)
print(isinstance(eg, Exception), type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__,
      type(BaseExceptionGroup("y", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
