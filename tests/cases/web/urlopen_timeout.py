# Timeouts: urlopen(timeout=) and HTTPConnection(timeout=) raise TimeoutError when the
# server is too slow to answer (the error comes from reading the response, so it is not
# wrapped in URLError), and a slow body read times out too.
import http.client
import threading
import time
from urllib.error import URLError
from urllib.request import urlopen
from helper_server import QuietHandler, running

release = threading.Event()


class Slow(QuietHandler):
    def do_GET(self):
        if self.path == '/slow-body':
            self.send_response(200)
            self.send_header('Content-Length', '10')
            self.end_headers()
            self.wfile.write(b'12345')
        release.wait(2)
        try:
            self.send_response(200)
            self.end_headers()
        except OSError:
            pass


with running(Slow) as srv:
    begin = time.perf_counter()
    try:
        urlopen(srv.url + '/slow', timeout=0.1)
    except TimeoutError as e:
        print('TimeoutError:', e, isinstance(e, OSError), isinstance(e, URLError))
    print('gave up quickly:', time.perf_counter() - begin < 1.5)
    release.set()
    release.clear()
    conn = http.client.HTTPConnection('127.0.0.1', srv.port, timeout=0.1)
    conn.request('GET', '/slow-body')
    r = conn.getresponse()
    print(r.status, r.read(5))
    try:
        r.read(5)
    except TimeoutError as e:
        print('TimeoutError:', e)
    conn.close()
    release.set()
