# Tests UnboundLocalError when a local is read before assignment, and NameError for free names.
total = 5
def bad_increment():
    total += 1
    return total
try:
    bad_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def maybe(flag):
    if flag:
        value = "set"
    return value
print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def uses_missing():
    return missing_name + 1
try:
    uses_missing()
except NameError as e:
    print(type(e).__name__, e)
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
