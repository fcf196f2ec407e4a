# Tests the traceback of an exception raised inside a generator and propagating to the loop.
def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key, int(value)
for k, v in parse(["a=1", "b=2", "c=three"]):
    print(k, v)
