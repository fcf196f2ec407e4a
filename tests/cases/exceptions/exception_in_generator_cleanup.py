# Tests exception propagation through with-blocks and finally in nested function calls.
class Step:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("begin", self.name)
    def __exit__(self, t, v, tb):
        print("end", self.name, "error" if t else "clean")
def level3():
    with Step("level3"):
        raise OSError("disk unavailable")
def level2():
    try:
        with Step("level2"):
            level3()
    finally:
        print("level2 finally")
def level1():
    with Step("level1"):
        try:
            level2()
        except OSError as e:
            print("level1 handled:", e)
            return "recovered"
print(level1())
