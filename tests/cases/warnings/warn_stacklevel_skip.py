# warn(): stacklevel beyond the stack, skip_file_prefixes, and a Warning instance as message.
import warnings
import helper_warn_lib

warnings.simplefilter("always")


def deep():
    warnings.warn("level 1")
    warnings.warn("level 2", stacklevel=2)
    warnings.warn("level 50", stacklevel=50)
    warnings.warn("level 0", stacklevel=0)
    warnings.warn("level -3", stacklevel=-3)


deep()
warnings.warn(RuntimeWarning("instance message"))
warnings.warn(RuntimeWarning("instance wins over category"), UserWarning)
try:
    warnings.warn("bad", skip_file_prefixes=["x"])
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad", UserWarning, 1, None, None)
except TypeError as e:
    print("TypeError:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("skip nothing", skip_file_prefixes=())
    warnings.warn("skip me", skip_file_prefixes=(__file__[:-3],))
for w in caught:
    print(w.message, w.filename, w.lineno)
