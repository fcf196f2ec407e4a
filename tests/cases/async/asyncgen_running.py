# Tests ag_running and re-entering a suspended-in-await async generator: "anext(): asynchronous generator is already running".
import types

@types.coroutine
def pause(tag):
    yield tag

async def slow():
    print("ag_running inside:", gen.ag_running)
    await pause("inside await")
    yield "value"

gen = slow()
print("before:", gen.ag_running)
first = gen.__anext__()
print("driver", first.send(None))
print("while awaiting:", gen.ag_running)
for make in [gen.__anext__, lambda: gen.asend(None), lambda: gen.athrow(ValueError), gen.aclose]:
    try:
        make().send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    first.send(None)
except StopIteration as e:
    print("first __anext__ produced", e.value)
print("after yield:", gen.ag_running)
closer = gen.aclose()
try:
    closer.send(None)
except StopIteration:
    print("closed")
