# The default filters: DeprecationWarning shown only in __main__; Pending, Import and Resource ignored.
import warnings
import helper_warn_lib

print([(f[0], f[2].__name__, f[3]) for f in warnings.filters])
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
helper_warn_lib.deprecated_call()
helper_warn_lib.user_warning()
helper_warn_lib.deprecated_at_caller()
print("done")
