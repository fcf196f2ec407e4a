# Tests the traceback of an uncaught IndexError from a list index computed in a loop.
scores = [88, 92, 79]
for i in range(len(scores) + 1):
    print(i, scores[i])
