# Tests simple function decorators: wrapping, replacing, registering and call logging.
registry = {}
def register(func):
    registry[func.__name__] = func
    return func
def logged(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result}")
        return result
    return wrapper
@register
def add(a, b):
    return a + b
@logged
def mul(a, b):
    return a * b
print(sorted(registry), registry["add"](2, 3))
print(mul(4, 5))
print(mul.__name__)
def constant(func):
    return 42
@constant
def replaced():
    pass
print(replaced)
