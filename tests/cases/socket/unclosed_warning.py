# A socket object freed while still open warns "unclosed <socket.socket ...>" with a
# ResourceWarning (ignored by default; the "default" filter shows it, as -W default does) and
# closes its fd. CPython frees it as soon as the last reference goes (here: when gc.collect()
# breaks the cycle holding it), Taipan when the collector finds it. Sockets closed or detached
# warn nothing. One still open at exit warns during shutdown, located at <sys>:0.
import gc
import socket
import warnings


def drop_in_cycle(sock):
    holder = [sock]
    holder.append(holder)


s = socket.socket()
drop_in_cycle(s)
s = None
gc.collect()
print("ignored by default")

warnings.simplefilter("default")
s = socket.socket()
drop_in_cycle(s)
s = None
gc.collect()
print("after the unclosed one")

a, b = socket.socketpair()
a.close()
drop_in_cycle(b)
del a, b
gc.collect()
print("after the pair")

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.close()
drop_in_cycle(s)
s = None
gc.collect()
print("closed: nothing")

s = socket.socket()
fd = s.detach()
drop_in_cycle(s)
s = None
gc.collect()
s = socket.socket(fileno=fd)
s.close()
print("detached: nothing")

warnings.simplefilter("error", ResourceWarning)
s = socket.socket()
drop_in_cycle(s)
s = None
gc.collect()
print("error filter: reported, not raised")

warnings.simplefilter("default")
kept = socket.socket()
print("end")
