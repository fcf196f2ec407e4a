# Tests ExitStack managing several open files, closing them all even when an error occurs.
import os
from contextlib import ExitStack
names = [f"_tmp_contextlib_exitstack_files_{i}.txt" for i in range(3)]
with ExitStack() as stack:
    files = [stack.enter_context(open(n, "w")) for n in names]
    for i, f in enumerate(files):
        f.write(f"file {i}\n")
    print([f.closed for f in files])
print([f.closed for f in files])
try:
    with ExitStack() as stack:
        readers = [stack.enter_context(open(n)) for n in names]
        print([r.readline().strip() for r in readers])
        raise RuntimeError("boom while reading")
except RuntimeError as e:
    print(type(e).__name__, e, [r.closed for r in readers])
with ExitStack() as stack:
    for n in names:
        stack.callback(os.remove, n)
    print(all(os.path.exists(n) for n in names))
print(any(os.path.exists(n) for n in names))
