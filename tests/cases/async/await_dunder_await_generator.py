# Tests __await__ written as a generator: yielded values reach the driver, sent values come back, return is the await result.
class Ticket:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        print("waiting for", self.name)
        got = yield ("need", self.name)
        print("ticket received", got)
        return f"{self.name}:{got}"

async def main():
    a = await Ticket("alpha")
    b = await Ticket("beta")
    return [a, b]

c = main()
request = c.send(None)
print("driver saw", request)
request = c.send(100)
print("driver saw", request)
try:
    c.send(200)
except StopIteration as e:
    print("result", e.value)
