# Tests that the 'except ... as name' variable is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def keep():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return repr(saved)
print(keep())
def unbound():
    try:
        raise KeyError
    except KeyError as problem:
        pass
    return problem
try:
    unbound()
except UnboundLocalError as err:
    print(type(err).__name__, err)
