# catch_warnings(record=True) collects WarningMessage objects and restores the filters on exit.
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    old_api()
    old_api()
    warnings.warn("plain")
    warnings.warn(ResourceWarning("resource"))
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), w.filename, w.lineno, w.line, w.file, w.source)
    print(type(w.message).__name__, w.message.args)
print(str(log[0]))
print(warnings.filters == before)
with warnings.catch_warnings(record=True) as log:
    old_api()
print(len(log))
with warnings.catch_warnings(record=True, action="ignore") as log:
    warnings.warn("silenced")
print(log)
with warnings.catch_warnings() as nothing:
    print(nothing)
cw = warnings.catch_warnings(record=True)
print(repr(cw))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)
