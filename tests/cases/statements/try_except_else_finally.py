# Tests the order of try/except/else/finally blocks across success and failure paths.
def attempt(action):
    log = []
    try:
        log.append("try")
        if action == "fail":
            raise ValueError("boom")
        if action == "key":
            {}["missing"]
    except ValueError as e:
        log.append(f"except ValueError({e})")
    except (KeyError, IndexError) as e:
        log.append(f"except {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for a in ["ok", "fail", "key"]:
    print(a, attempt(a))
def early_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(early_return())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
