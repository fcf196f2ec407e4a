# Tests assert with and without messages, and message evaluation only on failure.
def checked_sqrt(x):
    assert x >= 0, f"negative input: {x}"
    return x ** 0.5
print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
try:
    assert [], ("tuple", "msg")
except AssertionError as e:
    print(e.args)
