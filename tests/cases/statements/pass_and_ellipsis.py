# Tests pass, Ellipsis as a statement and value, and empty bodies.
def stub():
    pass
def stub2():
    ...
class Empty:
    pass
for i in range(3):
    pass
print(stub(), stub2(), Empty.__name__, i)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
if True:
    pass
else:
    ...
x = {...: "ok"}[...]
print(x)
