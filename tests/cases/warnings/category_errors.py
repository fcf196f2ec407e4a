# Invalid categories and unknown filter actions.
import warnings

for category in [int, "UserWarning", 5, Exception, None]:
    try:
        warnings.warn("m", category)
        print("ok", category)
    except TypeError as e:
        print("TypeError:", e)


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
    warnings.warn(MyWarning("instance"))
print([(w.category.__name__, str(w.message)) for w in log])
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("x")
except RuntimeError as e:
    print("RuntimeError:", e)
warnings.filters[0] = ("ignore", None, Warning, None)
try:
    warnings.warn("x")
except ValueError as e:
    print("ValueError:", e)
warnings.filters[0] = (1, None, Warning, None, 0)
try:
    warnings.warn("x")
except TypeError as e:
    print("TypeError:", e)
del warnings.filters[0]
warnings.warn("fine again")
