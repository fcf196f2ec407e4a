# Child processes with asyncio: run commands at the same time, pipe one into another, time it.
#
#   ./taipan scripts/subprocess_pipeline.py
#
# asyncio.create_subprocess_exec() starts a program and returns at once; awaiting its output
# (communicate(), stdout.readline()) lets the event loop run other tasks meanwhile. So three
# commands that each take 0.5 s finish together in about 0.5 s, not 1.5 s, and a pipeline
# (producer | filter | consumer) streams data through the parent line by line.
import asyncio
import sys
import time
from asyncio.subprocess import PIPE


async def run(*args):
    """Runs one command; returns (its return code, what it printed)."""
    proc = await asyncio.create_subprocess_exec(*args, stdout=PIPE)
    out, _ = await proc.communicate()
    return proc.returncode, out.decode()


async def concurrently():
    print("1. Three commands that each sleep 0.5 s, one after another, then all at once")
    commands = [["sh", "-c", f"sleep 0.5; echo command {i} done"] for i in range(3)]

    start = time.perf_counter()
    for cmd in commands:
        await run(*cmd)
    sequential = time.perf_counter() - start

    start = time.perf_counter()
    results = await asyncio.gather(*(run(*cmd) for cmd in commands))
    together = time.perf_counter() - start
    for code, out in results:
        print(f"   exit {code}: {out.strip()}")
    print(f"   one after another: {sequential:.2f} s, together: {together:.2f} s "
          f"({sequential / together:.1f}x faster)")


async def pipeline():
    print("2. A pipeline: seq 1 100000 | grep 7 | wc -l, with the parent moving the data")
    start = time.perf_counter()
    producer = await asyncio.create_subprocess_exec("seq", "1", "100000", stdout=PIPE)
    grep = await asyncio.create_subprocess_exec("grep", "7", stdin=PIPE, stdout=PIPE)
    counter = await asyncio.create_subprocess_exec("wc", "-l", stdin=PIPE, stdout=PIPE)

    async def pump(reader, writer):
        # copy one child's output into the next one's input; drain() waits when the pipe is full
        async for line in reader:
            writer.write(line)
            await writer.drain()
        writer.close()
        await writer.wait_closed()

    count, _, _ = await asyncio.gather(counter.stdout.read(), pump(producer.stdout, grep.stdin),
                                       pump(grep.stdout, counter.stdin))
    codes = [await p.wait() for p in (producer, grep, counter)]
    print(f"   {int(count)} numbers up to 100000 contain a 7 (exit codes {codes}) "
          f"in {time.perf_counter() - start:.2f} s")


async def streaming():
    print("3. Reading a child's output as it comes, with a timeout")
    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", "for i in 1 2 3 4 5; do echo tick $i; sleep 0.2; done", stdout=PIPE)
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.7):
            async for line in proc.stdout:
                print(f"   {time.perf_counter() - start:4.1f} s  {line.decode().strip()}")
    except TimeoutError:
        proc.kill()
        print(f"   gave up after 0.7 s; killed it: return code {await proc.wait()} (minus SIGKILL)")


async def python_child():
    print("4. Another interpreter as a child, fed through its stdin")
    if not sys.executable:
        print("   skipped: sys.executable is empty (run this script with ./taipan)")
        return
    code = "import sys; print(sum(int(line) for line in sys.stdin))"
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", code, stdin=PIPE, stdout=PIPE)
    numbers = "".join(f"{n}\n" for n in range(1, 1001)).encode()
    out, _ = await proc.communicate(numbers)
    print(f"   the child summed 1..1000: {out.decode().strip()} (exit {proc.returncode})")


async def main():
    await concurrently()
    await pipeline()
    await streaming()
    await python_child()


if __name__ == "__main__":
    asyncio.run(main())
