# Long runs of the same frame are summarized: "[Previous line repeated N more times]".
import traceback


def countdown(n):
    if n == 0:
        raise RecursionError("bottom reached")
    return countdown(n - 1)


def twice(n):
    return countdown(n)


for depth in [2, 3, 4, 12]:
    try:
        twice(depth)
    except RecursionError as e:
        print(f"--- depth {depth}")
        print("".join(traceback.format_exception(e)), end="")
        print(len(traceback.format_tb(e.__traceback__)), len(traceback.extract_tb(e.__traceback__)))
