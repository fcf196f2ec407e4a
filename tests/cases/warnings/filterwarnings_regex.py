# filterwarnings: message and module regular expressions, lineno, append, and their validation.
import sys
import warnings

sys.stderr = sys.stdout
warnings.filterwarnings("ignore", message="noisy")
warnings.filterwarnings("error", message=".*fatal", category=RuntimeWarning)
warnings.filterwarnings("always", module="__main__", category=FutureWarning)
f = warnings.filters[2]
print(f[0], f[1].pattern, f[1].flags & 2, warnings.filters[0][3].pattern)
warnings.warn("Noisy and ignored")
warnings.warn("not noisy")
try:
    warnings.warn("this is fatal", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", e)
warnings.warn("fatal but a UserWarning")
for i in range(2):
    warnings.warn("future", FutureWarning)
warnings.filterwarnings("ignore", module="other_module")
warnings.warn("module regex does not match")
warnings.filterwarnings("ignore", lineno=23, append=True)
warnings.warn("line 23")
print(warnings.filters[-1])
for args, kwargs in [(("explode",), {}), (("ignore", 5), {}), (("ignore",), {"category": int}),
                     (("ignore",), {"module": 1}), (("ignore",), {"lineno": -1}), (("ignore",), {"lineno": "1"}),
                     (("bad",), {}), ]:
    try:
        warnings.filterwarnings(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [("nope",), ("ignore", Warning, -3), ("ignore", Warning, 1.5)]:
    try:
        warnings.simplefilter(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
