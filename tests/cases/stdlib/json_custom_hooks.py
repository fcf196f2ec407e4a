# Tests json default= and object_hook/object_pairs_hook for custom object (de)serialization, plus file round-trip.
import json
import os
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def encode(obj):
    if isinstance(obj, Point):
        return {"__point__": True, "x": obj.x, "y": obj.y}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")
def decode(d):
    if d.get("__point__"):
        return Point(d["x"], d["y"])
    return d
payload = {"points": [Point(1, 2), Point(3, 4)], "ids": {3, 1, 2}}
text = json.dumps(payload, default=encode)
print(text)
print(json.loads(text, object_hook=decode))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
path = "_tmp_json_custom_hooks.json"
with open(path, "w") as f:
    json.dump({"saved": [1, 2, {"deep": "yes"}]}, f, indent=1)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f))
os.remove(path)
try:
    json.dumps(object(), default=encode)
except TypeError as e:
    print(type(e).__name__, e)
