# Tests except clauses with tuples built at runtime, variables holding classes, and non-class errors.
RETRYABLE = (TimeoutError, ConnectionError)
def classify(exc):
    handled = [KeyError, IndexError]
    try:
        raise exc
    except RETRYABLE:
        return "retryable"
    except tuple(handled) as e:
        return f"lookup: {e!r}"
    except (ValueError, TypeError) if True else () as e:
        return f"value/type: {type(e).__name__}"
    except Exception:
        return "other"
for exc in [TimeoutError(), ConnectionRefusedError(), KeyError("k"), IndexError(), TypeError(), RuntimeError()]:
    print(type(exc).__name__, "->", classify(exc))
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
