# Tests generator.send(): priming with next/send(None), running averages and send to an unstarted generator.
def averager():
    total, count, average = 0, 0, None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)
avg = averager()
print(avg.send(None))
print(avg.send(10), avg.send(20), avg.send(60))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received
e = echo()
next(e)
for word in ["a", "b"]:
    print(e.send(word))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
