# urlopen failures: HTTPError for 4xx/5xx (code, reason, headers, readable body, the HTML
# body of send_error), URLError wrapping ConnectionRefusedError, and bad URLs.
import socket
from urllib.error import URLError, HTTPError
from urllib.request import urlopen, Request
from helper_server import QuietHandler, running, masked


class Failing(QuietHandler):
    def do_GET(self):
        if self.path == '/missing':
            body = b'no such page\n'
            self.send_response(404)
            self.send_header('Content-Type', 'text/plain')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == '/teapot':
            self.send_error(418)
        elif self.path == '/boom':
            self.send_error(500, 'Something <broke>', 'The handler & the server disagree')
        elif self.path == '/nocontent':
            self.send_response(204)
            self.end_headers()
        else:
            self.send_error(403, 'Go away')


with running(Failing) as srv:
    for path in ['/missing', '/teapot', '/boom', '/forbidden']:
        try:
            urlopen(srv.url + path)
        except HTTPError as e:
            print(str(e), '|', repr(e), '|', e.code, e.reason, e.msg, e.status, e.getcode())
            print('  url ok:', e.url == e.filename == srv.url + path, isinstance(e, URLError), isinstance(e, OSError))
            print('  headers:', masked(e.headers.items()))
            print('  body:', e.read().decode())
            e.close()
    with urlopen(srv.url + '/nocontent') as r:
        print(r.status, r.reason, r.read())
    try:
        urlopen(Request(srv.url + '/missing', method='HEAD'))
    except HTTPError as e:
        print('HEAD:', e.code, e.read())

# A port nothing listens on: bind a socket, note its port, close it.
s = socket.socket()
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
s.close()
try:
    urlopen(f'http://127.0.0.1:{port}/', timeout=5)
except URLError as e:
    print(str(e), '|', repr(e), '|', type(e.reason).__name__, e.reason.errno, e.reason.strerror)
    print(isinstance(e, HTTPError), e.args == (e.reason,))

for url in ['http:///nohost', 'nope://x/', 'http://']:
    try:
        urlopen(url)
    except URLError as e:
        print(url, '->', 'URLError', e.reason)
for url in ['no-scheme', '']:
    try:
        urlopen(url)
    except ValueError as e:
        print('ValueError:', e)
