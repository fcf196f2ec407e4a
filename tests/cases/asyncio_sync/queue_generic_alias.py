# Tests asyncio queues as generic types (Queue[int]) and subclassing with the overridable hooks.
import asyncio

alias = asyncio.Queue[int]
print(alias, alias.__origin__ is asyncio.Queue, alias.__args__)
print(asyncio.PriorityQueue[tuple[int, str]])


class SetQueue(asyncio.Queue):
    """A queue that ignores duplicates, via the _init/_put/_get hooks."""

    def _init(self, maxsize):
        self._queue = []
        self._seen = set()

    def _put(self, item):
        if item not in self._seen:
            self._seen.add(item)
            self._queue.append(item)

    def _get(self):
        return self._queue.pop(0)


async def main():
    q = SetQueue()
    for x in [3, 1, 3, 2, 1]:
        await q.put(x)
    print(q.qsize(), str(q))
    print([await q.get() for _ in range(q.qsize())])


asyncio.run(main())
