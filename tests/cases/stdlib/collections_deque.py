# Tests collections.deque: appends/pops on both ends, rotate, maxlen, extendleft, indexing and repr.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1])
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend([7, 8])
d.extendleft([10, 20])
print(d, d.count(7), d.index(7), 8 in d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), end=" ")
print()
print(window, window.maxlen)
d.remove(10)
d.reverse()
print(d, list(reversed(d)), d.copy() == d)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(deque("abc", maxlen=2), deque())
