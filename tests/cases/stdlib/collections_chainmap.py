# Tests collections.ChainMap lookups across layers, writes to the first map, new_child and parents.
from collections import ChainMap
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), sorted(cfg))
cfg["color"] = "blue"
print(cli, defaults["color"])
child = cfg.new_child({"user": "tmp"})
print(child["user"], child.parents["user"], dict(child) == {"color": "blue", "user": "tmp", "debug": True})
del cfg["color"]
print(cfg["color"], cfg.maps[0])
try:
    del cfg["user"]
except KeyError as e:
    print(type(e).__name__, e)
