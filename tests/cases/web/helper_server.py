"""Runs an HTTP server for the web cases on 127.0.0.1 (a free port) in a thread."""
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(BaseHTTPRequestHandler):
    """A handler that logs nothing (the cases print what they need themselves)."""

    def log_message(self, format, *args):
        pass


def masked(items, hide=('Date', 'Server')):
    """Header pairs with the values that vary (date, server version) replaced by '*'."""
    return [(k, '*' if k in hide else v) for k, v in items]


class running:
    """with running(Handler) as srv: srv.url is 'http://127.0.0.1:PORT'; the server is shut
    down and closed at the end of the block."""

    def __init__(self, handler, server_class=ThreadingHTTPServer):
        self.server = server_class(('127.0.0.1', 0), handler)
        self.port = self.server.server_address[1]
        self.url = 'http://127.0.0.1:%d' % self.port

    def __enter__(self):
        self.thread = threading.Thread(target=self.server.serve_forever,
                                       kwargs={'poll_interval': 0.01})
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()
