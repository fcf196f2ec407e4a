# Tests finally execution order across nested try blocks, returns, breaks and exceptions.
log = []
def nested(kind):
    try:
        try:
            log.append("inner try")
            if kind == "raise":
                raise ValueError("x")
            if kind == "return":
                return "early"
        finally:
            log.append("inner finally")
        log.append("after inner")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return "normal"
for kind in ["ok", "raise", "return"]:
    log.clear()
    result = nested(kind)
    print(kind, result, log)
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
def finally_exception():
    try:
        raise KeyError("original")
    finally:
        print("cleanup before propagation")
try:
    finally_exception()
except KeyError as e:
    print("caught", e)
def replaced():
    try:
        raise KeyError("lost")
    finally:
        raise ValueError("replacement")
try:
    replaced()
except ValueError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
