# Tests json.dumps and json.loads: types, indentation, key sorting, separators, unicode and errors.
import json
data = {"name": "Taipan", "version": 1.5, "tags": ["py", "jvm"], "nested": {"ok": True, "none": None}, "n": 10 ** 20}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps([1, (2, 3)], separators=(",", ":")), json.dumps({1: "int key", True: "b"}), json.dumps("é☃"), json.dumps("é", ensure_ascii=False))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(float("inf")), json.dumps(-0.0), json.dumps(""), json.dumps('q"\\\n'))
back = json.loads(s)
print(back == data, type(back["tags"]).__name__, back["nested"])
print(json.loads('[1, 2.5, "x", null, true, false, {"a": [] }]'), json.loads("  42 "), json.loads('"\\u00e9\\n"'))
print(json.loads("1e3"), json.loads("-0"), json.loads('{"a": 1, "a": 2}'), json.loads("NaN"))
for bad in ["{'a': 1}", "[1, 2", "", '{"a" 1}', "[1,]", "tru"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, "|", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(json.JSONDecodeError, ValueError))
