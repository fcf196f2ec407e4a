# IPv6 sockets: IPV6_V6ONLY lets an IPv6 wildcard socket share a port with an IPv4 one; dual-stack servers take both.
import socket

v4 = socket.socket()
v4.bind(("0.0.0.0", 0))
v4.listen()
port = v4.getsockname()[1]

v6 = socket.socket(socket.AF_INET6)
print("V6ONLY before:", v6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
v6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
print("V6ONLY after:", v6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
v6.bind(("::", port))
v6.listen()
print("both bound on one port:", v6.getsockname()[1] == port)

dual = socket.socket(socket.AF_INET6)
try:
    dual.bind(("::", port))
except OSError as e:
    print("dual-stack bind:", type(e).__name__, e.errno)
dual.close()

c6 = socket.create_connection(("::1", port))
conn6, addr6 = v6.accept()
print("IPv6 client:", addr6[0], len(addr6), repr(c6.family))
c4 = socket.create_connection(("127.0.0.1", port))
conn4, addr4 = v4.accept()
print("IPv4 client:", addr4[0], len(addr4), repr(c4.family))
for s in (c6, conn6, c4, conn4, v6, v4):
    s.close()

print("has_dualstack_ipv6:", socket.has_dualstack_ipv6())
server = socket.create_server(("", 0), family=socket.AF_INET6, dualstack_ipv6=True)
port = server.getsockname()[1]
print("dual-stack V6ONLY:", server.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
for host in ("127.0.0.1", "::1"):
    with socket.create_connection((host, port)) as c:
        conn, addr = server.accept()
        print(host, "->", addr[0])
        conn.close()
server.close()
