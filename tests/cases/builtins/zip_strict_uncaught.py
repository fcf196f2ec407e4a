# Tests the traceback of an uncaught zip(strict=True) length mismatch.
names = ["a", "b", "c"]
scores = [90, 85]
for name, score in zip(names, scores, strict=True):
    print(name, score)
