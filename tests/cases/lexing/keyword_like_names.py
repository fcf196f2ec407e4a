# Tests identifiers that contain or resemble keywords and builtins.
iff = 1; format_ = 2; True_ = 3; none = 4; classy = 5; _if = 6; import_ = 7
print(iff, format_, True_, none, classy, _if, import_)
def_ = "def"
print(def_, __name__)
print(True, False, None, True + True)
list_ = list
list = [1, 2]
print(list, list_("ab"))
del list
print(list("cd"))
