# BaseHTTPRequestHandler's log lines on stderr, in CPython's format
# 'ADDRESS - - [DATE] "REQUEST LINE" CODE SIZE' (the date is fixed here so the output is
# deterministic), including send_error's 'code N, message M' line and escaped control
# characters.
from urllib.error import HTTPError
from urllib.request import urlopen
from http.server import BaseHTTPRequestHandler, HTTPServer
from helper_server import running


class Logged(BaseHTTPRequestHandler):
    def log_date_time_string(self):
        return '01/Jan/2000 00:00:00'

    def do_GET(self):
        if self.path == '/missing':
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header('Content-Length', '2')
        self.end_headers()
        self.wfile.write(b'ok')
        self.log_request(200, 2)
        self.log_message('custom %s and %d', 'text', 42)
        self.log_error('an error: %r', self.path)
        self.log_message('control %s', 'a\x1bb\x7f\u0085\\z\tq')


with running(Logged, HTTPServer) as srv:     # one request at a time: ordered log lines
    print(urlopen(srv.url + '/page?q=1').read())
    try:
        urlopen(srv.url + '/missing')
    except HTTPError as e:
        print(e)
    print(urlopen(srv.url + '/with%0Aescape\\x').read())
