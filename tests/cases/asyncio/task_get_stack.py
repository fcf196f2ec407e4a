# Tests Task.get_stack() (frames of a suspended task, empty when done) and print_stack() written to a chosen file.
import asyncio
import io

async def inner():
    await asyncio.sleep(0.01)

async def outer():
    await inner()
    return "finished"

async def main():
    t = asyncio.create_task(outer(), name="stacked")
    await asyncio.sleep(0)
    stack = t.get_stack()
    print("frames:", [f.f_code.co_name for f in stack])
    print("limit=1:", [f.f_code.co_name for f in t.get_stack(limit=1)])
    buf = io.StringIO()
    t.print_stack(file=buf)
    lines = buf.getvalue().splitlines()
    print(lines[0].split(" wait_for=")[0])
    print("header ends with:", lines[0][-len("(most recent call last):"):])
    print("mentions outer:", any("in outer" in l for l in lines))
    await t
    print("done stack:", t.get_stack())
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue(), end="")

asyncio.run(main())
