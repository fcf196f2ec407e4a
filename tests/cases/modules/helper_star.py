"""Module with __all__ limiting star imports."""
__all__ = ["public_func", "CONSTANT"]
CONSTANT = 42
def public_func():
    return "public"
def not_listed():
    return "not in __all__"
_private = "hidden"
