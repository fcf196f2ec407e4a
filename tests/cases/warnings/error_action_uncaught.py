# With the "error" action a warning is raised; uncaught, it prints a normal traceback.
import warnings

warnings.simplefilter("error")


def legacy(x):
    warnings.warn(f"legacy({x}) is going away", DeprecationWarning)
    return x


try:
    legacy(1)
except DeprecationWarning as e:
    print("caught", type(e).__name__, e.args)
warnings.simplefilter("ignore", DeprecationWarning)
print(legacy(2))
warnings.resetwarnings()
warnings.simplefilter("error")


def compute():
    return legacy(3) + 1


compute()
