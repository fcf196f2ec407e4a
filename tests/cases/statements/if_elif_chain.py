# Tests if/elif/else chains, nested ifs and truthiness of conditions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 85, 75, 10, 90, 80]:
    print(s, grade(s))
def describe(x):
    if x:
        if isinstance(x, str):
            return "non-empty string"
        elif isinstance(x, list):
            return "non-empty list"
        return "truthy"
    else:
        return "falsy"
for v in [0, 1, "", "a", [], [0], None, 0.0, {}]:
    print(repr(v), describe(v))
