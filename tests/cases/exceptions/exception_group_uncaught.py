# Tests the traceback rendering of an uncaught ExceptionGroup with nested sub-exceptions.
def validate(values):
    errors = []
    for v in values:
        if v < 0:
            errors.append(ValueError(f"negative: {v}"))
        elif v == 0:
            errors.append(ZeroDivisionError("zero not allowed"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
validate([1, 2])
print("first batch ok")
validate([3, -1, 0])
