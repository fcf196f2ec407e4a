# Tests an object whose __await__ returns a plain iterator: its items are yielded to the driver and StopIteration.value is the await result.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

class Rocket:
    def __await__(self):
        print("__await__ called")
        return Countdown(3)

class ListAwait:
    def __await__(self):
        return iter(["a", "b"])

async def main():
    r = await Rocket()
    print("rocket result", r)
    r = await ListAwait()
    print("list iterator result", r)
    return "end"

c = main()
try:
    while True:
        print("driver got", c.send(None))
except StopIteration as e:
    print("main returned", e.value)
