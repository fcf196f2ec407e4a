# stacklevel picks the frame a warning is reported at; skip_file_prefixes skips frames by file.
import warnings


def api(level):
    warnings.warn(f"stacklevel {level}", stacklevel=level)


def wrapper(level):
    api(level)


def outer(level):
    wrapper(level)


warnings.simplefilter("always")
for level in [1, 2, 3, 4, 5, 0, -1]:
    outer(level)
warnings.warn("skipping this file", skip_file_prefixes=("stacklevel",))
try:
    warnings.warn("bad", skip_file_prefixes=["x"])
except TypeError as e:
    print(e)
with warnings.catch_warnings(record=True) as log:
    outer(3)
    outer(10)
print([(w.filename, w.lineno) for w in log])
