# Responses with chunked transfer encoding (an HTTP/1.1 server that writes the chunks by
# hand): read(), read(amt) across chunk boundaries, readline, iteration, and a response
# that ends at connection close without a length.
from urllib.request import urlopen
import http.client
from helper_server import QuietHandler, running


class Chunks(QuietHandler):
    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        if self.path == '/eof':
            self.send_response(200)
            self.send_header('Connection', 'close')
            self.end_headers()
            self.wfile.write(b'no length: the body ends when the server closes\n')
            return
        self.send_response(200)
        self.send_header('Transfer-Encoding', 'chunked')
        self.send_header('Content-Type', 'text/plain')
        self.end_headers()
        for piece in [b'first line\nsec', b'ond line\n', b'x' * 20 + b'\n', b'last']:
            self.wfile.write(b'%x\r\n%s\r\n' % (len(piece), piece))
        self.wfile.write(b'0\r\nX-Trailer: ignored\r\n\r\n')


with running(Chunks) as srv:
    with urlopen(srv.url + '/all') as r:
        print(r.chunked, r.length, r.getheader('Transfer-Encoding'))
        print(r.read())
    with urlopen(srv.url + '/pieces') as r:
        print([r.read(7) for _ in range(9)], r.read())
    with urlopen(srv.url + '/lines') as r:
        print(r.readline(), r.readline(5), r.readline())
        print(list(r))
    with urlopen(srv.url + '/eof') as r:
        print(r.length, r.will_close, r.read())
    conn = http.client.HTTPConnection('127.0.0.1', srv.port)
    for i in range(2):
        conn.request('GET', f'/keepalive{i}')
        r = conn.getresponse()
        print(i, r.status, r.will_close, len(r.read()), r.isclosed())
    conn.close()
