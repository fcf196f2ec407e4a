# Tests BaseException.add_note(): __notes__ list, multiple notes and invalid note types.
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("input came from config.ini")
    print(e.__notes__, str(e))
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
def process(items):
    for i, item in enumerate(items):
        try:
            yield 10 // item
        except ZeroDivisionError as err:
            err.add_note(f"item index {i}")
            raise
try:
    list(process([5, 2, 0]))
except ZeroDivisionError as err:
    print(type(err).__name__, err.__notes__)
