# A helper module for default_filters: warnings issued from a module that is not __main__.
import warnings


def deprecated_call():
    warnings.warn("deprecated in a library", DeprecationWarning)


def user_warning():
    warnings.warn("user warning in a library")


def deprecated_at_caller():
    warnings.warn("reported at the caller in __main__", DeprecationWarning, stacklevel=2)
