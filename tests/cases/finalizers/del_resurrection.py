# A __del__ that stores self somewhere resurrects the object; it is never finalized again
# (PEP 442), neither when it becomes garbage once more nor at exit.
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)
        saved.append(self)


p = Phoenix("first")
del p
gc.collect()
print("saved:", [x.name for x in saved])
saved.clear()
gc.collect()
print("dropped again: not finalized twice")

q = Phoenix("second")
q = None
gc.collect()
keep = saved.pop()
print("kept", keep.name, "until exit")
gc.collect()
print("end")
