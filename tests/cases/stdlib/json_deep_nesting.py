# Tests json's nesting limit: deep documents decode up to CPython's depth, deeper ones raise RecursionError.
import json

ok = json.loads("[" * 9000 + "]" * 9000)
depth = 0
while ok:
    ok = ok[0]
    depth += 1
print("decoded depth", depth)
for doc in ("[" * 20000 + "]" * 20000, '{"a":' * 20000 + "1" + "}" * 20000):
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError:", e)
print(json.loads('{"a": [1, {"b": [2, [3]]}]}'))
