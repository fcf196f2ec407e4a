# Tests chaining generators into a data pipeline that processes log lines lazily.
lines = [
    "INFO start",
    "ERROR disk full",
    "DEBUG x=1",
    "ERROR net down",
    "INFO stop",
    "",
]
def read(src):
    for line in src:
        print("read:", repr(line))
        yield line
def non_empty(it):
    return (l for l in it if l.strip())
def parse(it):
    for l in it:
        level, _, msg = l.partition(" ")
        yield level, msg
def only(level, it):
    for lv, msg in it:
        if lv == level:
            yield msg
errors = only("ERROR", parse(non_empty(read(lines))))
print("pipeline built")
print(next(errors))
print(list(errors))
