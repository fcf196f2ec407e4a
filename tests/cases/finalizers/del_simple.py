# __del__ runs once an object is garbage. CPython frees it as soon as its last reference goes;
# Taipan (like PyPy) when the garbage collector finds it: gc.collect() makes both print at the
# same point.
import gc


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("del", self.name)


r = Resource("a")
del r
gc.collect()
print("after a")

# `del name` only unbinds the name: the object lives while another reference does
r = Resource("b")
alias = r
del r
gc.collect()
print("b still alive:", alias.name)
alias = None
gc.collect()
print("after b")


def use():
    local = Resource("local")
    return local.name


name = use()
gc.collect()
print("use() returned", name)

# a list's items go with the list
items = [Resource("item")]
items = None
gc.collect()
print("after list")

# calling __del__ by hand is an ordinary call: the collector still calls it later
r = Resource("manual")
r.__del__()
r = None
gc.collect()
print("after manual")

print(hasattr(object, "__del__"), "__del__" in vars(Resource))
gc.collect()
print("end")
