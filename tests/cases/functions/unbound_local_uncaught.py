# Tests the traceback of an uncaught UnboundLocalError caused by a later assignment in the function.
hits = 0
def record():
    hits += 1
    return hits
record()
