# Tests that __aexit__ runs when the async with body leaves via return, break and continue.
class Tracker:
    def __init__(self, label):
        self.label = label
    async def __aenter__(self):
        print("enter", self.label)
    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.label, exc_type)

async def returns():
    async with Tracker("return"):
        return "returned value"

async def loops():
    for i in range(4):
        async with Tracker(f"iter{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
    return "loop done"

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(returns()))
print(run(loops()))
