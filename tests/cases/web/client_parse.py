# http.client.HTTPResponse over a fake socket (no network): status lines, headers,
# Content-Length, chunked bodies, reads to EOF, HEAD/204, IncompleteRead, bad status lines.
import io
import http.client as hc


class Reader:
    """A binary file over bytes, like socket.makefile('rb')."""

    def __init__(self, data):
        self.b = io.BytesIO(data)

    def read(self, n=-1):
        return self.b.read(n)

    def readline(self, n=-1):
        return self.b.readline(n)

    def read1(self, n=-1):
        return self.b.read(n)

    def readinto(self, buf):
        d = self.b.read(len(buf))
        buf[:len(d)] = d
        return len(d)

    def peek(self, n=0):
        p = self.b.tell()
        d = self.b.read(max(n, 1))
        self.b.seek(p)
        return d

    def close(self):
        pass

    def flush(self):
        pass


class FakeSock:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode):
        return Reader(self.data)


def resp(data, method='GET'):
    r = hc.HTTPResponse(FakeSock(data), method=method)
    r.begin()
    return r


r = resp(b'HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Length: 11\r\n'
         b'X-A: 1\r\nx-a: 2\r\n\r\nhello\nworld extra')
print(r.status, r.reason, r.version, r.length, r.will_close, r.chunked, r.getheader('x-a'))
print(r.getheaders(), r.headers.get_content_charset(), r.headers['CONTENT-TYPE'])
print(r.getheader('nope', 'dflt'), r.getheader('nope', ['a', 'b']), r.getheader('nope'))
print(r.readline(), r.read(3), r.read(), r.read(), r.isclosed(), r.closed)

r = resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
         b'5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nTrailer: x\r\n\r\n')
print(r.chunked, r.length, r.read(3), r.read(4), r.read(), r.isclosed())
r = resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nab\nc\r\n3\r\nd\nE\r\n0\r\n\r\n')
print(list(r))
r = resp(b'HTTP/1.0 404 Not Found\r\n\r\nbody until eof')
print(r.status, r.reason, r.version, r.will_close, r.length, r.read())
r = resp(b'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n')
print(r.will_close, r.read())
r = resp(b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx')
print(r.will_close, r.read())
r = resp(b'HTTP/1.1 204 No Content\r\n\r\n')
print(r.length, r.read())
r = resp(b'HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nabc')
print(r.length, r.will_close, r.read())

r = resp(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort')
try:
    r.read()
except hc.IncompleteRead as e:
    print(repr(e), str(e), e.partial, e.expected, e.args)
r = resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel')
try:
    r.read()
except hc.IncompleteRead as e:
    print(repr(e), e.partial, e.expected, repr(e.__cause__))
r = resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')
try:
    r.read()
except hc.IncompleteRead as e:
    print(repr(e), e.partial)

r = resp(b'HTTP/1.1 100 Continue\r\nX: 1\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok', 'POST')
print(r.status, r.read(), r.getheaders())
r = resp(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok', 'HEAD')
print(r.length, r.read(), r.isclosed())
with resp(b'HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\na\nb\nc\n') as r:
    print(r.readlines())
print(r.closed)
try:
    with r:
        pass
except ValueError as e:
    print('ValueError:', e)
r = resp(b'HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nabcd')
b = bytearray(3)
print(r.readinto(b), b, r.read1(), r.read1())

for bad in [b'', b'HTTP/1.1\r\n', b'FOO 200 OK\r\n', b'HTTP/1.1 abc OK\r\n', b'HTTP/1.1 99 Low\r\n',
            b'HTTP/1.1 1000 High\r\n', b'HTTP/2.0 200 OK\r\n\r\n', b'x' * 70000,
            b'HTTP/1.1 200 OK\r\nX: ' + b'y' * 70000 + b'\r\n\r\n',
            b'HTTP/1.1 200 OK\r\n' + b'X: 1\r\n' * 101 + b'\r\n']:
    try:
        resp(bad)
    except hc.HTTPException as e:
        print(type(e).__name__, repr(e)[:80], isinstance(e, ConnectionResetError))

r = hc.HTTPResponse(FakeSock(b''))
for f in (r.getheaders, lambda: r.getheader('x')):
    try:
        f()
    except hc.ResponseNotReady as e:
        print('ResponseNotReady', repr(e))
e = hc.RemoteDisconnected('Remote end closed connection without response')
print(repr(e), e.args, e.line, e.errno, isinstance(e, hc.BadStatusLine), isinstance(e, OSError))
print(repr(hc.LineTooLong('header line')), repr(hc.UnknownProtocol('HTTP/9')), hc.error is hc.HTTPException)
