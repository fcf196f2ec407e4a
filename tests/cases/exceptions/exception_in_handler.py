# Tests errors raised inside except and else blocks, and handlers catching from nested functions.
def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 / n
def handler_fails():
    try:
        risky(0)
    except ZeroDivisionError as e:
        return {}["missing"]
try:
    handler_fails()
except KeyError as e:
    print("KeyError with context", repr(e.__context__))
def else_fails():
    try:
        value = risky(2)
    except ZeroDivisionError:
        return "handled"
    else:
        raise TypeError(f"else saw {value}")
try:
    else_fails()
except TypeError as e:
    print(e, e.__context__)
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    deep(n - 1)
try:
    deep(5)
except LookupError as e:
    print("caught from depth:", e)
