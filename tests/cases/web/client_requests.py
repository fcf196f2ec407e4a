# http.client.HTTPConnection with a fake socket: the exact bytes of requests (Host,
# Accept-Encoding, Content-Length, chunked bodies from iterables and files), the
# connection state machine and its errors, and validation of methods, URLs and headers.
import io
import http.client as hc


class FakeSock:
    def __init__(self, reply):
        self.sent = []
        self.reply = reply
        self.closed = False

    def sendall(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self.sent.append(bytes(data))

    def setsockopt(self, *args):
        pass

    def makefile(self, mode):
        return io.BytesIO(self.reply)

    def close(self):
        self.closed = True


def connection(host, port=None, reply=b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'):
    conn = hc.HTTPConnection(host, port)
    socks = []

    def create(address, timeout=None, source=None):
        print('connect to', address)
        socks.append(FakeSock(reply))
        return socks[-1]

    conn._create_connection = create
    return conn, socks


def show(sock):
    for chunk in sock.sent:
        print('  sent', chunk)


conn, socks = connection('example.com')
conn.request('GET', '/index.html')
show(socks[0])
r = conn.getresponse()
print(r.status, r.read(), conn.sock is socks[0], r.isclosed())

conn, socks = connection('example.com', 8080)
conn.request('POST', '/submit', body=b'a=1&b=2', headers={'Content-Type': 'application/x-www-form-urlencoded'})
show(socks[0])
conn, socks = connection('h:81')
conn.request('PUT', '/text', body='caf\xe9', headers={'X-Num': 5, 'Host': 'virtual.example'})
show(socks[0])
conn, socks = connection('h')
conn.request('POST', '/chunks', body=iter([b'abc', b'', b'defgh']))
show(socks[0])
conn, socks = connection('h')
conn.request('POST', '/file', body=io.BytesIO(b'file contents'))
show(socks[0])
conn, socks = connection('h')
conn.request('POST', '/len', body=io.BytesIO(b'xyz'), headers={'Content-Length': '3'})
show(socks[0])
conn, socks = connection('[::1]', 8000)
conn.request('DELETE', 'http://[::1]:8000/abs', headers={'accept-encoding': 'gzip'})
show(socks[0])
conn, socks = connection('h')
conn.request('POST', '/empty')
conn2, socks2 = connection('h')
conn2.request('GET', '')
show(socks[0])
show(socks2[0])

conn, socks = connection('h')
conn.putrequest('GET', '/manual', skip_host=True, skip_accept_encoding=True)
conn.putheader('Host', 'manual.example')
conn.putheader('X-Multi', 'a', 'b')
conn.endheaders(b'body')
show(socks[0])
print(conn.getresponse().read())

conn, socks = connection('h', reply=b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n')
conn.request('GET', '/1')
try:
    conn.request('GET', '/2')
except hc.CannotSendRequest as e:
    print('CannotSendRequest', repr(e))
conn, socks = connection('h')
conn.request('GET', '/1')
r = conn.getresponse()
try:
    conn.getresponse()
except hc.ResponseNotReady as e:
    print('ResponseNotReady', repr(e))
try:
    conn.request('GET', '/2')
except hc.CannotSendRequest as e:
    print('CannotSendRequest', repr(e))
print(r.read())

conn, socks = connection('h', reply=b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it')
conn.request('GET', '/')
r = conn.getresponse()
print(conn.sock, socks[0].closed, r.will_close, r.read())
conn.close()
conn.close()

conn, socks = connection('h', reply=b'')
conn.request('GET', '/')
try:
    conn.getresponse()
except hc.RemoteDisconnected as e:
    print('RemoteDisconnected', e, conn.sock)

conn = hc.HTTPConnection('h')
conn.auto_open = 0
try:
    conn.send(b'x')
except hc.NotConnected as e:
    print('NotConnected', repr(e))
for bad in [('GE T\n', '/'), ('GET', '/a b'), ('GET', '/\x7f')]:
    try:
        hc.HTTPConnection('h').putrequest(*bad)
    except (ValueError, hc.InvalidURL) as e:
        print(type(e).__name__, e)
c = hc.HTTPConnection('h')
c.putrequest('GET', '/')
for h, v in [('Bad:Name', 'x'), ('', 'x'), ('X', 'a\nb'), ('X', 'a\rb'), (' X', 'y')]:
    try:
        c.putheader(h, v)
    except ValueError as e:
        print('ValueError', e)
c.putheader('Folded', 'a\r\n b')
print(c._buffer[-1])
for args in [('example.com:8080',), ('[::1]:81',), ('h:', 5), ('h:',), ('h',), ('[fe80::1]',)]:
    c = hc.HTTPConnection(*args)
    print(args, c.host, c.port)
for bad in ['h:abc', 'h\x00x', 'h x']:
    try:
        hc.HTTPConnection(bad)
    except hc.InvalidURL as e:
        print('InvalidURL', e)
print(hc.HTTPConnection._get_content_length(None, 'post'), hc.HTTPConnection._get_content_length(None, 'GET'),
      hc.HTTPConnection._get_content_length('abc', 'GET'), hc.HTTPConnection._get_content_length(iter([]), 'PUT'))
