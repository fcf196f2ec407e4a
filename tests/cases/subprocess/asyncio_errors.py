# asyncio subprocess errors: missing programs and the arguments the loop refuses.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.create_subprocess_exec("nosuchprog", stdout=PIPE)
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.create_subprocess_exec("true", cwd="/no/such/dir")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    p = await asyncio.create_subprocess_shell("nosuchprog 2>/dev/null")
    print(await p.wait())

    for kwargs in ({"text": True}, {"universal_newlines": True}, {"shell": True}, {"bufsize": 1},
                   {"encoding": "utf-8"}, {"errors": "strict"}):
        try:
            await asyncio.create_subprocess_exec("true", **kwargs)
        except ValueError as e:
            print("ValueError:", e)
    for cmd, kwargs in ((["echo", "x"], {}), ("echo", {"shell": False}), ("echo", {"text": True})):
        try:
            await asyncio.create_subprocess_shell(cmd, **kwargs)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await loop.subprocess_exec(asyncio.SubprocessProtocol, "true", universal_newlines=True)
    except ValueError as e:
        print("ValueError:", e)



asyncio.run(main())
