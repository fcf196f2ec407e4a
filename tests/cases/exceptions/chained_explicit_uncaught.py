# Tests the traceback for explicit chaining with raise ... from ...
class ParseError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"cannot parse {text!r}") from e
print(parse("12"))
parse("twelve")
