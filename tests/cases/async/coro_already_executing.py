# Tests re-entering a running coroutine: send() on itself raises ValueError "coroutine already executing".
async def reenter():
    print("running:", me.cr_running)
    try:
        me.send(None)
    except ValueError as e:
        print(type(e).__name__, e)
    return "survived"

me = reenter()
try:
    me.send(None)
except StopIteration as e:
    print("returned", e.value)
