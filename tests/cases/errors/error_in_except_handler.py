# Tests the chained traceback when a handler itself fails with a NameError.
def parse(s):
    try:
        return int(s)
    except ValueError:
        logger.warning("bad value %r", s)
        return None
print(parse("5"))
print(parse("five"))
