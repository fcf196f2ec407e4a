# Tests decorator factories taking arguments, functools.wraps and retry-style logic.
import functools
def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def shout(word):
    """Shout a word."""
    return word.upper()
print(shout("hey"), shout.__name__, shout.__doc__, shout.__wrapped__("x"))
def retry(attempts):
    def decorator(func):
        def wrapper():
            for i in range(1, attempts + 1):
                try:
                    return func(i)
                except ValueError as e:
                    print(f"attempt {i} failed: {e}")
            return "gave up"
        return wrapper
    return decorator
@retry(attempts=3)
def flaky(attempt):
    if attempt < 3:
        raise ValueError(f"not yet ({attempt})")
    return "success"
print(flaky())
@retry(2)
def always_fails(attempt):
    raise ValueError("never")
print(always_fails())
