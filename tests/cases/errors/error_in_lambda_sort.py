# Tests a traceback passing through a lambda used as a sort key.
records = [{"name": "b", "age": 3}, {"name": "a"}, {"name": "c", "age": 1}]
ordered = sorted(records, key=lambda r: r["age"])
print(ordered)
