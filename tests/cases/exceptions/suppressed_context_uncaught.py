# Tests that raise ... from None hides the original exception in the traceback.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"unknown key {key!r}") from None
lookup({}, "k")
