# urlopen of file: URLs (headers with type and length, reading, errors for missing files
# and remote hosts) and urlretrieve from an HTTP server into a file, with a reporthook.
import os
from urllib.error import URLError
from urllib.request import urlopen, urlretrieve, pathname2url, url2pathname
from helper_server import QuietHandler, running

path = f'/tmp/taipan-web-file-{os.getpid()}.txt'
with open(path, 'wb') as f:
    f.write(b'local file\nsecond line\n')
try:
    url = 'file://' + pathname2url(path)
    with urlopen(url) as r:
        print(type(r).__name__, r.status, r.code, r.url == url, r.headers['Content-type'],
              r.headers['Content-length'], 'Last-modified' in r.headers)
        print(r.readline(), r.read())
    print(r.fp.closed)
    with urlopen('file://localhost' + pathname2url(path)) as r:
        print(r.read(5))
    for bad in ['file:///no/such/file.txt']:
        try:
            urlopen(bad)
        except URLError as e:
            print('URLError', type(e.reason).__name__, e.reason if isinstance(e.reason, str) else e.reason.strerror)
    print(pathname2url('/a b/c%d.txt'), url2pathname('/a%20b/c%25d.txt'))

    class Page(QuietHandler):
        def do_GET(self):
            body = b'x' * 20000
            self.send_response(200)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    calls = []
    with running(Page) as srv:
        filename, headers = urlretrieve(srv.url + '/big', path, lambda *a: calls.append(a))
    print(filename == path, headers['Content-Length'], os.path.getsize(path), calls)
finally:
    os.remove(path)
