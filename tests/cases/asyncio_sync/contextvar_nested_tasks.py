# Tests context propagation through nested tasks: a child copies the parent task's context.
import asyncio
import contextvars

depth = contextvars.ContextVar("depth", default=0)
trail = contextvars.ContextVar("trail", default=())


async def descend(name, levels):
    depth.set(depth.get() + 1)
    trail.set(trail.get() + (name,))
    if levels == 0:
        return f"{'/'.join(trail.get())} at depth {depth.get()}"
    child = asyncio.create_task(descend(name + "'", levels - 1))
    result = await child
    # The child's changes are invisible here.
    return result + f" | back in {name}: depth {depth.get()}"


async def main():
    print(await asyncio.create_task(descend("a", 2)))
    print(depth.get(), trail.get())


asyncio.run(main())
