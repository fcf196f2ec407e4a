# Tests that soft keywords (match, case, type, _) work as ordinary identifiers.
match = [1, 2, 3]
case = "upper"
type_ = type
_ = "underscore"
print(match, case, _)
def type_name(type):
    return type.__name__
print(type_name(int), type_(3).__name__)
def case(match):
    return match * 2
print(case(21))
class Config:
    type = "json"
    match = True
print(Config.type, Config.match)
for _ in range(2):
    pass
print(_)
