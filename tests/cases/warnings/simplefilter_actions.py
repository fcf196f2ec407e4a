# simplefilter actions: always, ignore, once, module, default; resetwarnings and the filter list.
import sys
import warnings

sys.stderr = sys.stdout


def emit(msg, category=UserWarning):
    warnings.warn(msg, category)


warnings.simplefilter("always")
print(warnings.filters[0])
for i in range(2):
    emit("always shown")
warnings.simplefilter("ignore", RuntimeWarning)
emit("ignored", RuntimeWarning)
emit("still shown")
warnings.simplefilter("once")
for i in range(3):
    emit("once only")
    warnings.warn("once only")
warnings.simplefilter("module")
emit("per module")
warnings.warn("per module")
warnings.simplefilter("default")
emit("default a")
emit("default a")
warnings.warn("default a")
print(len(warnings.filters), warnings.filters[:2])
warnings.simplefilter("error", append=True)
print(warnings.filters[-1])
warnings.simplefilter("default")
print(warnings.filters.count(("default", None, Warning, None, 0)))
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset")
warnings.simplefilter("ignore", lineno=39)
warnings.warn("line 39 is ignored")
warnings.warn("line 40 is not")
