# Tests async methods: instance, classmethod, staticmethod, async __call__, and async dunder-like helpers via super().
class Base:
    async def describe(self):
        return f"Base({self.name})"

class Service(Base):
    prefix = "svc"
    def __init__(self, name):
        self.name = name
    async def describe(self):
        base = await super().describe()
        return f"Service<{base}>"
    @classmethod
    async def create(cls, name):
        return cls(f"{cls.prefix}-{name}")
    @staticmethod
    async def version():
        return 3
    async def __call__(self, x):
        return f"{self.name} called with {x}"

async def main():
    s = await Service.create("one")
    print(s.name)
    print(await s.describe())
    print(await Service.version(), await s.version())
    c = s(5)
    print(type(c).__name__)
    print(await c)
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
