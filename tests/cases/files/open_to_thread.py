# Blocking file I/O moved off the event loop with asyncio.to_thread.
import asyncio
import os
import tempfile


def write_file(path, lines):
    with open(path, "w") as f:
        for line in lines:
            f.write(line + "\n")
    return os.path.getsize(path)


def read_file(path):
    with open(path) as f:
        return f.read().splitlines()


async def main():
    with tempfile.TemporaryDirectory() as tmp:
        paths = [os.path.join(tmp, f"part{i}.txt") for i in range(5)]
        sizes = await asyncio.gather(*(asyncio.to_thread(write_file, p, [f"file {i} line {j}" for j in range(100)])
                                       for i, p in enumerate(paths)))
        print(sizes)
        contents = await asyncio.gather(*(asyncio.to_thread(read_file, p) for p in paths))
        print([len(c) for c in contents], contents[3][:2])
        print(sorted(await asyncio.to_thread(os.listdir, tmp)))
        await asyncio.to_thread(os.remove, paths[0])
        print(await asyncio.to_thread(os.path.exists, paths[0]))
        try:
            await asyncio.to_thread(read_file, paths[0])
        except FileNotFoundError as e:
            print("FileNotFoundError:", e.strerror)


asyncio.run(main())
