# BaseHTTPRequestHandler over a raw socket: the parsed request (command, path, version,
# headers, body from rfile), HTTP/1.1 keep-alive, HTTP/0.9, and the error responses for
# unsupported methods, bad request lines, bad versions and oversized headers.
import socket
from helper_server import QuietHandler, running


class Inspect(QuietHandler):
    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        body = (f'{self.command} {self.path} {self.request_version} {self.requestline!r} '
                f'{self.close_connection} {sorted(self.headers.keys())}\n').encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        self.send_response(200, 'Fine Thanks')
        self.send_header('Content-Length', str(len(data)))
        self.send_header('Connection', 'close')
        self.end_headers()
        self.wfile.write(data.upper())


def exchange(port, raw):
    """Sends raw bytes, returns everything the server answers until it closes."""
    with socket.create_connection(('127.0.0.1', port)) as s:
        s.sendall(raw)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        while data := s.recv(4096):
            chunks.append(data)
    reply = b''.join(chunks)
    lines = []
    for line in reply.split(b'\r\n'):
        if line.startswith((b'Date:', b'Server:')):
            line = line.split(b':')[0] + b': *'
        lines.append(line)
    return b'\r\n'.join(lines)


with running(Inspect) as srv:
    p = srv.port
    print(exchange(p, b'GET /a?b=c HTTP/1.1\r\nHost: x\r\nX-One: 1\r\nConnection: close\r\n\r\n'))
    print(exchange(p, b'GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET //second//x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'))
    print(exchange(p, b'POST /echo HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello'))
    print(exchange(p, b'GET /old HTTP/1.0\r\n\r\n'))
    print(exchange(p, b'GET /zeronine\r\n'))
    print(exchange(p, b'PUT /nope HTTP/1.1\r\nConnection: close\r\n\r\n'))
    for bad in [b'POST /x\r\n', b'GET / HTTP/1.1 extra\r\n', b'GET / FTP/1.1\r\n',
                b'GET / HTTP/1.1.1\r\n', b'GET / HTTP/2.0\r\n', b'GET / HTTP/1.x\r\n',
                # Oversized parts exactly as long as the server reads (no unread data, so no
                # connection reset): a 65537-byte request line, header line, 101 headers.
                b'GET /' + b'a' * (65537 - 16) + b' HTTP/1.1\r\n',
                b'GET / HTTP/1.1\r\nX: ' + b'y' * (65537 - 5) + b'\r\n',
                b'GET / HTTP/1.1\r\n' + b'H: v\r\n' * 101, b'\r\n']:
        reply = exchange(p, bad)
        status = reply.split(b'\r\n')[0] if reply.startswith(b'HTTP/') else b'(no status line)'
        message = reply.split(b'<p>Message: ')[1].split(b'</p>')[0] if b'<p>' in reply else b''
        print(repr(bad[:24]), len(bad), '->', status, message)
