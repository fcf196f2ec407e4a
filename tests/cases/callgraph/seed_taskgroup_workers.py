# expected: hand-written
# Seed document 002, "Call Graph Introspection (Python 3.14+)": a TaskGroup of two workers, and the
# call graph printed from main(). The layout follows CPython 3.14's Lib/asyncio/graph.py: main() is
# the current task and nobody awaits it, so it has no "Awaited by" part (the seed document's sample
# shows one by mistake); each worker is awaited by main's task. A finished task has no call stack
# (gh-156408, fixed in 3.14). format_call_graph() stands in for print_call_graph() so that ids can
# be masked; the workers wait on an Event instead of sleeping ten seconds.
import asyncio

from helper_graph import show


async def worker(done):
    await done.wait()


async def main():
    done = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        w1 = tg.create_task(worker(done), name='worker-1')
        w2 = tg.create_task(worker(done), name='worker-2')
        # 현재 태스크의 콜 그래프를 stdout에 출력
        show(asyncio.format_call_graph())
        await asyncio.sleep(0)
        show(asyncio.format_call_graph(w1))
        done.set()
    show(asyncio.format_call_graph(w2))


asyncio.run(main())
