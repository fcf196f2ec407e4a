# asyncio.create_subprocess_exec/_shell: communicate, streams, return codes, signals, concurrency.
import asyncio
import signal
import time
from asyncio.subprocess import DEVNULL, PIPE, STDOUT


async def main():
    p = await asyncio.create_subprocess_exec("echo", "hello", stdout=PIPE)
    print(type(p).__name__, p.stdin, type(p.stdout).__name__, p.stderr)
    print(await p.communicate(), p.returncode)

    p = await asyncio.create_subprocess_shell("tr a-z A-Z; echo done >&2; exit 3", stdin=PIPE, stdout=PIPE,
                                              stderr=PIPE)
    print(await p.communicate(b"shout\n"), p.returncode)

    p = await asyncio.create_subprocess_exec("sh", "-c", "echo out; echo err >&2", stdout=PIPE, stderr=STDOUT)
    out, err = await p.communicate()
    print(sorted(out.split()), err)

    p = await asyncio.create_subprocess_exec("sh", "-c", "echo out; echo err >&2", stdout=DEVNULL, stderr=PIPE)
    print(await p.communicate())

    p = await asyncio.create_subprocess_exec("sh", "-c", "for i in 1 2 3; do echo line $i; done", stdout=PIPE)
    while line := await p.stdout.readline():
        print(line)
    print(await p.wait(), await p.wait())

    p = await asyncio.create_subprocess_exec("printf", "a\\nb\\nc", stdout=PIPE)
    print([line async for line in p.stdout], await p.wait())

    p = await asyncio.create_subprocess_exec("sh", "-c", "echo first; sleep 0.1; echo second", stdout=PIPE)
    print(await p.stdout.read(), await p.wait())

    p = await asyncio.create_subprocess_exec("sleep", "5")
    p.kill()
    print(await p.wait(), p.returncode)
    p = await asyncio.create_subprocess_exec("sleep", "5")
    p.terminate()
    print(await p.wait())
    p = await asyncio.create_subprocess_exec("sleep", "5")
    p.send_signal(signal.SIGUSR1)
    print(await p.wait())

    p = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
    data = bytes(range(256)) * 4000
    out, _ = await p.communicate(data)
    print(len(out), out == data)

    start = time.monotonic()
    procs = [await asyncio.create_subprocess_exec("sh", "-c", f"sleep 0.3; echo {i}", stdout=PIPE) for i in range(4)]
    results = await asyncio.gather(*(p.communicate() for p in procs))
    print([out for out, _ in results], "concurrent:", time.monotonic() - start < 1.0)

    p = await asyncio.create_subprocess_exec("sleep", "5")
    try:
        await asyncio.wait_for(p.wait(), 0.1)
    except TimeoutError:
        print("wait_for timed out; returncode", p.returncode)
        p.kill()
        print(await p.wait())


asyncio.run(main())
