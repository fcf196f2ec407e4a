# A conversation with a child through its stdin StreamWriter and stdout StreamReader.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    p = await asyncio.create_subprocess_exec("sh", "-c", "while read line; do echo \"got $line\"; done; echo bye",
                                             stdin=PIPE, stdout=PIPE)
    print(type(p.stdin).__name__, p.stdin.can_write_eof(), p.stdin.is_closing())
    for word in ("alpha", "beta", "gamma"):
        p.stdin.write(word.encode() + b"\n")
        await p.stdin.drain()
        print(await p.stdout.readline())
    p.stdin.writelines([b"one\n", b"two\n"])
    await p.stdin.drain()
    print(await p.stdout.readline(), await p.stdout.readline())
    p.stdin.close()
    print(p.stdin.is_closing())
    await p.stdin.wait_closed()
    print(await p.stdout.read())
    print(await p.wait())

    # a child that does not read: drain() waits while the pipe is full, the child's exit ends it
    p = await asyncio.create_subprocess_exec("sh", "-c", "sleep 0.2", stdin=PIPE)
    p.stdin.write(b"x" * 1_000_000)
    try:
        await p.stdin.drain()
        print("drained")
    except (BrokenPipeError, ConnectionResetError) as e:
        print(type(e).__name__)
    print(await p.wait())

    # communicate() ignores a child that exits without reading its input
    p = await asyncio.create_subprocess_exec("true", stdin=PIPE, stdout=PIPE)
    print(await p.communicate(b"y" * 1_000_000), p.returncode)


asyncio.run(main())
