# Tests ExceptionGroup subclasses with derive(), split preserving notes/cause, and except* with subclasses.
class Errors(ExceptionGroup):
    def derive(self, excs):
        return Errors(self.message + " (part)", excs)
eg = Errors("many", [ValueError(1), TypeError(2)])
eg.add_note("a note")
match, rest = eg.split(ValueError)
print(type(match).__name__, str(match), getattr(match, "__notes__", None))
print(type(rest).__name__, str(rest))
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
plain.__cause__ = KeyError("cause")
m, r = plain.split(ValueError)
print(repr(m.__cause__), repr(r.__cause__))
try:
    raise Errors("subclassed", [KeyError("a"), OSError("b")])
except* KeyError as g:
    print("key part:", type(g).__name__, str(g))
except* OSError as g:
    print("os part:", type(g).__name__, str(g))
