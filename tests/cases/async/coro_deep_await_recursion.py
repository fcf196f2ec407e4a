# Tests deep recursion through await (depth 500): results, and an exception unwinding through every level.
async def depth_sum(n):
    if n == 0:
        return 0
    return n + await depth_sum(n - 1)

async def fail_at_bottom(n):
    if n == 0:
        raise LookupError("bottom reached")
    try:
        return await fail_at_bottom(n - 1)
    finally:
        if n % 100 == 0:
            print("unwinding through", n)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended")

print(run(depth_sum(500)))
try:
    run(fail_at_bottom(500))
except LookupError as e:
    print("caught", e)
