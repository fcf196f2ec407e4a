# The select module: select() arguments and errors, poll and epoll objects.
import select
import socket

a, b = socket.socketpair()
print(select.select([a], [a], [], 0) == ([], [a], []))
b.send(b"x")
print(select.select([a, b], [], [], 1.0) == ([a], [], []))
print(select.select([a.fileno()], [], [], None) == ([a.fileno()], [], []))


class HasFileno:
    def fileno(self):
        return a.fileno()


wrapped = HasFileno()
print(select.select([wrapped], (), [], 0)[0] == [wrapped])
for args in [([], [], [], -1), ([], [], [], "1"), ([-1], [], []), (["x"], [], []), ([9999], [], [], 0), (5, [], [])]:
    try:
        select.select(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print("empty wait:", select.select([], [], [], 0.01))

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLOUT)
print(sorted(p.poll(100)) == sorted([(a.fileno(), select.POLLIN), (b.fileno(), select.POLLOUT)]))
p.modify(a, select.POLLIN | select.POLLOUT)
print(sorted(p.poll(0)) == sorted([(a.fileno(), select.POLLIN | select.POLLOUT), (b.fileno(), select.POLLOUT)]))
p.unregister(b)
a.recv(10)
print(p.poll(0) == [(a.fileno(), select.POLLOUT)])
try:
    p.unregister(b)
except KeyError as e:
    print("KeyError", e.args == (b.fileno(),))
try:
    p.modify(b, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)

ep = select.epoll()
print(ep.closed, ep.fileno() > 2)
ep.register(a, select.EPOLLIN)
print(ep.poll(0))
b.send(b"y")
print(ep.poll(1) == [(a.fileno(), select.EPOLLIN)])
for call in [lambda: ep.register(a, select.EPOLLIN), lambda: ep.modify(b, select.EPOLLIN), lambda: ep.unregister(b)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
ep.modify(a, select.EPOLLOUT)
print(ep.poll(0) == [(a.fileno(), select.EPOLLOUT)])
ep.unregister(a)
print(ep.poll(0.01))
ep.close()
ep.close()
print(ep.closed)
try:
    ep.poll()
except ValueError as e:
    print("ValueError:", e)
with select.epoll() as ep2:
    print(ep2.closed)
print(ep2.closed)
a.close()
b.close()
print(select.POLLIN, select.POLLOUT, select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.error is OSError)
