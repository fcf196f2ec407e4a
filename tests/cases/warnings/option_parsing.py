# What the -W option and PYTHONWARNINGS install: warnings._processoptions() turns each
# "action:message:category:module:lineno" entry into a filter, ignoring bad ones with a message.
import sys
import warnings

sys.stderr = sys.stdout
warnings.resetwarnings()


def show(opts):
    warnings.resetwarnings()
    warnings._processoptions(opts)
    for action, msg, cat, mod, lineno in warnings.filters:
        print(" ", action, msg and msg.pattern, cat.__name__, mod and mod.pattern, lineno)


for opts in [["error"], ["ignore::DeprecationWarning"], ["d"], ["a"], ["all"], ["m"], ["o"], ["i"], [""],
             ["error:some message"], ["error:dotted.name:UserWarning:my.module:12"],
             ["error::warnings.Warning"], [" ignore : spaced : RuntimeWarning : mod : 3 "],
             ["once", "error::RuntimeWarning"],
             ["bogus"], ["error::NoSuchWarning"], ["error::int"], ["error::nosuch_module.X"],
             ["error::os.NoSuch"], ["error:::mod:-1"], ["error:::mod:x"], ["1:2:3:4:5:6"], ["::::"]]:
    print(opts)
    show(opts)
warnings.resetwarnings()
warnings._processoptions(["error::UserWarning:__main__"])
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised:", e)
warnings.resetwarnings()
warnings._processoptions(["ignore:now"])
warnings.warn("now ignored")
warnings.warn("not matched")
