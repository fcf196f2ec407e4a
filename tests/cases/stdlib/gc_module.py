# Tests the gc module's interface: collect, enable/disable, thresholds and tracking.
import gc

print(type(gc.collect()).__name__, gc.collect() >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(len(gc.get_threshold()), len(gc.get_count()))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]))
print(gc.garbage, type(gc.callbacks).__name__)
try:
    gc.collect(1, 2)
except TypeError as e:
    print("TypeError")
for bad in (5, -1, "x", 1.5, 2**70):
    try:
        gc.collect(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(gc.collect(generation=True), gc.collect(0), gc.collect(2))
