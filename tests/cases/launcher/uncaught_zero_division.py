# An uncaught exception: a traceback on stderr and exit code 1; what was printed first stays.
def ratio(a, b):
    return a / b


print("before")
print(ratio(1, 0))
print("never printed")
