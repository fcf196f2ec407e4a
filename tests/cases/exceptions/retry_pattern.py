# Tests a realistic retry loop with exception filtering, else on success and a final failure.
class TransientError(Exception):
    pass
class FatalError(Exception):
    pass
def make_service(failures):
    state = {"calls": 0}
    def call():
        state["calls"] += 1
        if state["calls"] <= failures:
            raise TransientError(f"attempt {state['calls']} timed out")
        return f"ok after {state['calls']} calls"
    return call
def with_retries(fn, attempts=3):
    last = None
    for i in range(attempts):
        try:
            result = fn()
        except TransientError as e:
            print("  retrying:", e)
            last = e
        else:
            return result
    raise FatalError(f"gave up after {attempts} attempts") from last
for failures in [0, 2, 5]:
    print(f"service failing {failures} times:")
    try:
        print("  ->", with_retries(make_service(failures)))
    except FatalError as e:
        print("  fatal:", e, "| cause:", e.__cause__)
