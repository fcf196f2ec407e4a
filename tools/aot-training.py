# The training run for the JDK's AOT cache (./taipan makes it after each build):
# a short program through the common paths, so that their classes are loaded and linked
# ahead of time. Its output is thrown away; a feature Taipan lacks only shortens training.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def squares(n):
    for i in range(n):
        yield i * i


def main():
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
    print([p.moved(1) for p in (Point(i, -i) for i in range(3))])
    print(sum(squares(100)), fib(15), 2 ** 70, 7 / 2, 7 // 2, round(3.14159, 2))
    print(", ".join(str(x) for x in {1, 2, 3}), tuple(reversed([1, 2, 3])))
    try:
        {}["missing"]
    except KeyError as e:
        print("caught", repr(e))
    total = 0
    i = 0
    while i < 1000:
        total += i % 7
        i += 1
    print(f"{total:>8} {3.5:.2f} {'x'!r}", len(sys.argv))


main()


class Node:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def warm():
    # Enough work for the JIT's profiles to mature on the interpreter's hot paths
    # (calls, arithmetic, loops, attributes, generators), recorded in the AOT cache.
    fib(22)
    acc = 0
    i = 0
    while i < 300000:
        acc += i * i % 7
        i += 1
    tree = build(0, 20000)
    for _ in range(3):
        acc += sum(tree)
    acc += sum(x for x in range(200000) if x % 2 == 0)
    points = [Point(i, i + 1) for i in range(20000)]
    for p in points:
        acc += p.moved(1, 2).x
    print(acc)


warm()

import asyncio


async def tick(n, out):
    await asyncio.sleep(0)
    out.append(n)
    return n


async def depth(n):
    if n < 2:
        return n
    return await depth(n - 1) + await depth(n - 2)


async def spread(level, count):
    if level == 0:
        await asyncio.sleep(0)
        count[0] += 1
        return
    await asyncio.gather(*[spread(level - 1, count) for _ in range(4)])


async def numbers(n):
    for i in range(n):
        if i % 500 == 0:
            await asyncio.sleep(0)
        yield i


async def pipeline(items):
    source = asyncio.Queue(maxsize=50)
    sink = asyncio.Queue(maxsize=50)
    lock = asyncio.Lock()
    total = [0]

    async def produce():
        for i in range(items):
            await source.put(i)
        await source.put(None)

    async def relay():
        while (item := await source.get()) is not None:
            await sink.put(item + 1)
        await sink.put(None)

    async def consume():
        while (item := await sink.get()) is not None:
            async with lock:
                total[0] += item

    await asyncio.gather(produce(), relay(), consume())
    return total[0]


async def amain():
    out = []
    results = await asyncio.gather(*(tick(i, out) for i in range(10)))
    print(results, out)
    for _ in range(3):
        print(await depth(18))
        count = [0]
        await spread(5, count)
        print(count[0])
        total = 0
        async for v in numbers(30000):
            total += v
        print(total, len([v * 2 async for v in numbers(10000)]))
        print(await pipeline(20000))
    async with asyncio.TaskGroup() as tg:
        for i in range(2000):
            tg.create_task(tick(i, out))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    event = asyncio.Event()
    asyncio.get_running_loop().call_later(0.001, event.set)
    await asyncio.wait_for(event.wait(), 1)


asyncio.run(amain())
