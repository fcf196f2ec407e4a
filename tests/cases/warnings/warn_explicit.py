# warn_explicit: explicit file and line, module and registry arguments, and argument checking.
import sys
import warnings

sys.stderr = sys.stdout
warnings.warn_explicit("explicit one", UserWarning, "somewhere.py", 10)
warnings.warn_explicit("explicit one", UserWarning, "somewhere.py", 10)
registry = {}
for i in range(2):
    warnings.warn_explicit("with registry", RuntimeWarning, "reg.py", 5, registry=registry)
print(sorted(map(str, registry)))
warnings.warn_explicit("no module", UserWarning, "x.py", 1, module=None)
warnings.warn_explicit("dep here", DeprecationWarning, "lib.py", 3, module="lib")
warnings.warn_explicit("dep main", DeprecationWarning, "main.py", 3, module="__main__")
warnings.warn_explicit(FutureWarning("an instance"), UserWarning, "inst.py", 2)
warnings.warn_explicit("source line", UserWarning, "warn_explicit.py", 1)
for bad in [lambda: warnings.warn_explicit("m", UserWarning, 5, 1),
            lambda: warnings.warn_explicit("m", UserWarning, "f.py", "1"),
            lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=[]),
            lambda: warnings.warn_explicit("m", UserWarning, "f.py"),
            lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1, module_globals=5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(sorted(k if isinstance(k, str) else k[0] for k in globals().get("__warningregistry__", {})))
