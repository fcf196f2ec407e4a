# Name resolution and address conversions: getaddrinfo, getnameinfo, gethostbyname, inet_aton/ntoa/pton/ntop, byte order.
import socket

for args, kw in [(("127.0.0.1", 80), {}),
                 (("127.0.0.1", "80"), {"type": socket.SOCK_STREAM}),
                 ((b"127.0.0.1", b"https"), {"family": socket.AF_INET, "type": socket.SOCK_DGRAM}),
                 (("localhost", 8080), {"family": socket.AF_INET, "proto": socket.IPPROTO_TCP}),
                 (("::1", "http"), {"type": socket.SOCK_STREAM}),
                 (("::ffff:10.0.0.1", 0), {"family": socket.AF_INET6, "type": socket.SOCK_STREAM}),
                 ((None, 80), {"flags": socket.AI_PASSIVE, "type": socket.SOCK_STREAM}),
                 ((None, 80), {"type": socket.SOCK_STREAM}),
                 (("127.0.0.1", None), {"type": socket.SOCK_STREAM}),
                 (("localhost", None), {"family": socket.AF_INET, "type": socket.SOCK_STREAM, "flags": socket.AI_CANONNAME})]:
    print(socket.getaddrinfo(*args, **kw))

for args, kw in [(("::1", 80, socket.AF_INET), {}),
                 (("no.such.host.invalid", 80), {}),
                 (("localhost", 80), {"flags": socket.AI_NUMERICHOST}),
                 (("127.0.0.1", "no-such-service"), {}),
                 (("127.0.0.1", 80, 12345), {}),
                 (("127.0.0.1", 8.5), {}),
                 ((80, 80), {})]:
    try:
        socket.getaddrinfo(*args, **kw)
    except socket.gaierror as e:
        print("gaierror", e.errno, e.strerror, e.args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)

print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("127.0.0.1", 443), socket.NI_NUMERICHOST))
print(socket.gethostbyname("localhost"), socket.gethostbyname("10.1.2.3"))
print(socket.gethostbyname_ex("127.0.0.1"))
print(type(socket.gethostname()).__name__, len(socket.gethostname()) > 0)
print(socket.getservbyname("http"), socket.getservbyport(443), socket.getprotobyname("tcp"))

print(socket.inet_aton("192.168.1.2"), socket.inet_aton("10.1"), socket.inet_aton("0x7f.1"), socket.inet_aton("1.2.3.4 junk"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_ntoa(bytearray(b"\xff\xff\xff\xff")))
print(socket.inet_pton(socket.AF_INET, "1.2.3.4"), socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_pton(socket.AF_INET6, "2001:db8::8:800:200c:417a"), socket.inet_pton(socket.AF_INET6, "::ffff:1.2.3.4"))
for packed in [bytes(16), b"\x00" * 15 + b"\x01", bytes(range(16)), b"\x20\x01\x0d\xb8" + bytes(11) + b"\x01",
               bytes(10) + b"\xff\xff\x01\x02\x03\x04", bytes(12) + b"\x01\x02\x03\x04", b"\x00\x01" + bytes(12) + b"\x00\x01"]:
    print(socket.inet_ntop(socket.AF_INET6, packed), end=" ")
print(socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
for fn, args in [(socket.inet_aton, ("1.2.3.256",)), (socket.inet_aton, ("",)), (socket.inet_ntoa, (b"123",)),
                 (socket.inet_pton, (socket.AF_INET, "01.2.3.4")), (socket.inet_pton, (socket.AF_INET6, "1:::2")),
                 (socket.inet_pton, (99, "1.2.3.4")), (socket.inet_ntop, (socket.AF_INET, b"12345")),
                 (socket.inet_ntop, (99, b"1234")), (socket.inet_ntoa, ("1.2.3.4",))]:
    try:
        print(fn(*args))
    except (OSError, ValueError, TypeError) as e:
        print(f"{fn.__name__}: {type(e).__name__}: {e}")

print(socket.htons(1), socket.ntohs(0x0102), socket.htonl(1), socket.ntohl(0x01020304))
for fn, v in [(socket.htons, 70000), (socket.htons, -1), (socket.htonl, 2 ** 32), (socket.htonl, -1), (socket.htons, 1.5)]:
    try:
        fn(v)
    except (OverflowError, TypeError) as e:
        print(f"{fn.__name__}: {type(e).__name__}: {e}")
