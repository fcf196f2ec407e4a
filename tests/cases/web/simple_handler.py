# http.server.SimpleHTTPRequestHandler serving a scratch directory: files with their
# content types and lengths, index.html, directory listings, the redirect for a folder
# without its slash, 404s, HEAD, If-Modified-Since, and paths that try to leave the folder.
import functools
import os
from urllib.error import HTTPError
from urllib.request import urlopen, Request
from http.server import SimpleHTTPRequestHandler
from helper_server import running

root = f'/tmp/taipan-web-case-{os.getpid()}'
os.makedirs(root + '/sub/inner')
os.makedirs(root + '/site')
files = {'hello.txt': b'hello file\n', 'page.html': b'<p>page</p>\n', 'data.bin': b'\x00\x01\x02',
         'Weird Name & co.txt': b'spaces\n', 'sub/inner/deep.txt': b'deep\n',
         'site/index.html': b'<h1>index</h1>\n'}
for name, data in files.items():
    with open(os.path.join(root, name), 'wb') as f:
        f.write(data)


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def get(url, method='GET', headers={}):
    try:
        with urlopen(Request(url, method=method, headers=headers)) as r:
            return r.status, r.getheader('Content-type'), r.getheader('Content-Length'), r.read()
    except HTTPError as e:
        return e.code, e.reason, e.read()[:0]


try:
    with running(functools.partial(Quiet, directory=root)) as srv:
        u = srv.url
        for path in ['/hello.txt', '/page.html', '/data.bin', '/Weird%20Name%20%26%20co.txt',
                     '/sub/inner/deep.txt', '/site/', '/nope.txt', '/hello.txt/', '/hello.txt?x=1#f',
                     '/../../etc/passwd', '/sub/../hello.txt', '/%2e%2e/hello.txt']:
            print(path, get(u + path))
        print(get(u + '/hello.txt', 'HEAD'))
        status, ctype, length, body = get(u + '/')
        print(status, ctype, length == str(len(body)))
        print(body.decode())
        print(get(u + '/sub/')[3].decode())
        with urlopen(u + '/site') as r:            # redirected to /site/
            print(r.url.replace(u, ''), r.read())
        last_modified = urlopen(u + '/hello.txt').getheader('Last-Modified')
        print(get(u + '/hello.txt', headers={'If-Modified-Since': last_modified}))
        print(get(u + '/hello.txt', headers={'If-Modified-Since': 'Sat, 01 Jan 2000 00:00:00 GMT'}))
        print(get(u + '/hello.txt', headers={'If-Modified-Since': 'garbage'}))
finally:
    for name in files:
        os.remove(os.path.join(root, name))
    for d in ['sub/inner', 'sub', 'site', '']:
        os.rmdir(os.path.join(root, d))
print(os.path.exists(root))
