# Tests that notes added with add_note() are printed after the exception line in tracebacks.
def check(age):
    if age < 0:
        err = ValueError(f"age must be non-negative, got {age}")
        err.add_note("hint: ages are counted in years")
        err.add_note("record id: 17")
        raise err
    return age
print(check(5))
check(-1)
