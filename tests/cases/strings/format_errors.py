# Tests ValueError/TypeError messages from invalid format specifications.
attempts = [
    lambda: format("s", "+"),
    lambda: format("s", "="),
    lambda: format("s", ","),
    lambda: format(1, "s"),
    lambda: format(1.5, "x"),
    lambda: format(1, ".2d"),
    lambda: format(1, "abc"),
    lambda: format(1, ",_"),
    lambda: format(1.5, "c"),
    lambda: format("x", "#"),
    lambda: "{:q}".format(1),
    lambda: "{0!x}".format(1),
    lambda: "{:}}".format(1),
]
for a in attempts:
    try:
        print(repr(a()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
