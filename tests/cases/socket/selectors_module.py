# selectors.DefaultSelector: register/modify/unregister, select with timeouts, get_key/get_map, errors, context manager.
import selectors
import socket

print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.DefaultSelector.__name__)
a, b = socket.socketpair()
with selectors.DefaultSelector() as sel:
    key = sel.register(a, selectors.EVENT_READ, data="reader")
    print(type(key).__name__, key.fileobj is a, key.fd == a.fileno(), key.events, key.data)
    print("nothing ready:", sel.select(timeout=0))
    b.send(b"ping")
    ready = sel.select(timeout=1)
    print([(k.data, mask) for k, mask in ready])
    a.recv(10)
    key = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
    print([(k.data, mask) for k, mask in sel.select(0)])
    key2 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="renamed")
    print(key2.data, sel.get_key(a).data)
    sel.register(b.fileno(), selectors.EVENT_WRITE, "b")
    mapping = sel.get_map()
    print(len(mapping), sorted(k.data for k in mapping.values()), a in mapping, b.fileno() in mapping, mapping[a].data)
    print(sorted((k.data, m) for k, m in sel.select(0.5)))
    for call, label in [(lambda: sel.register(a, selectors.EVENT_READ), "register twice"),
                        (lambda: sel.register(b, 0), "no events"),
                        (lambda: sel.register(a, 4), "bad events"),
                        (lambda: sel.unregister(12345), "unregister unknown"),
                        (lambda: sel.modify(12345, selectors.EVENT_READ), "modify unknown"),
                        (lambda: sel.get_key(12345), "get_key unknown"),
                        (lambda: sel.register("x", selectors.EVENT_READ), "not a file"),
                        (lambda: sel.register(-1, selectors.EVENT_READ), "negative fd")]:
        try:
            call()
        except (KeyError, ValueError) as e:
            print(f"{label}: {type(e).__name__}: {str(e).replace(repr(a), 'A').replace(str(a.fileno()), 'N')}")
    old = sel.unregister(a)
    print(old.data, len(sel.get_map()))
    sel.unregister(b.fileno())
    print("empty:", sel.select(0.01), len(sel.get_map()))
print(sel.get_map())
try:
    sel.get_key(a)
except RuntimeError as e:
    print("RuntimeError:", e)

# a closed peer makes the socket readable
with selectors.SelectSelector() as sel:
    sel.register(a, selectors.EVENT_READ)
    b.close()
    print([mask for _, mask in sel.select(1)], a.recv(10))
a.close()
