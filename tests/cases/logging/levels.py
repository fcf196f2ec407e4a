# Level numbers and names, effective levels, isEnabledFor and logging.disable.
import logging

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
for v in (50, 40, 30, 20, 10, 0, 25, "INFO", "WARN", "FATAL", "nope"):
    print(repr(v), "->", repr(logging.getLevelName(v)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
m = logging.getLevelNamesMapping()
print(sorted(m.items(), key=lambda kv: (kv[1], kv[0])))
m["X"] = 1
print("X" in logging.getLevelNamesMapping())

log = logging.getLogger("lv")
print(log.level, log.getEffectiveLevel(), logging.root.level)
log.setLevel("DEBUG")
print(log.level, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
log.setLevel(0)
child = logging.getLogger("lv.child")
print(child.getEffectiveLevel(), child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.WARNING))
logging.getLogger("lv").setLevel(logging.INFO)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.INFO), repr(child))
for bad in ("BOGUS", 1.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)

logging.disable(logging.WARNING)
print(logging.root.manager.disable, child.isEnabledFor(logging.WARNING), child.isEnabledFor(logging.ERROR))
logging.disable()
print(logging.root.manager.disable, child.isEnabledFor(logging.ERROR), child.isEnabledFor(logging.CRITICAL))
logging.disable(logging.NOTSET)
print(child.isEnabledFor(logging.WARNING))
logging.disable("INFO")
print(logging.root.manager.disable)
logging.disable(0)
child.disabled = True
print(child.isEnabledFor(logging.CRITICAL))
