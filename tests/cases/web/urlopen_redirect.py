# urlopen follows redirects: 301/302/303/307/308 for GET, POST becomes GET after
# 301/302/303, 307/308 after a POST raise HTTPError, relative Location headers, loops.
import json
from urllib.error import HTTPError
from urllib.request import urlopen, Request
from helper_server import QuietHandler, running


class Redirects(QuietHandler):
    def do_GET(self):
        parts = self.path.strip('/').split('/')
        if parts[0] == 'to':                   # /to/CODE/TARGET...
            self.send_response(int(parts[1]))
            self.send_header('Location', '/' + '/'.join(parts[2:]))
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif self.path == '/rel/x':
            self.send_response(302)
            self.send_header('Location', 'final?from=rel')
            self.end_headers()
        elif parts[0] == 'loop':
            self.send_response(302)
            self.send_header('Location', '/loop')
            self.end_headers()
        elif parts[0] == 'nolocation':
            self.send_response(302)
            self.end_headers()
        elif parts[0] == 'bad-scheme':
            self.send_response(301)
            self.send_header('Location', 'file:///etc/passwd')
            self.end_headers()
        else:
            body = json.dumps([self.command, self.path,
                               self.headers.get('Content-Length'), self.headers.get('X-Keep')]).encode()
            self.send_response(200)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        self.do_GET()


with running(Redirects) as srv:
    for code in (301, 302, 303, 307, 308):
        with urlopen(srv.url + f'/to/{code}/final') as r:
            print(code, r.status, r.url.replace(srv.url, ''), r.read())
    with urlopen(srv.url + '/to/301/to/302/to/303/final') as r:
        print('chain', r.url.replace(srv.url, ''), r.read())
    with urlopen(srv.url + '/rel/x') as r:
        print('relative', r.url.replace(srv.url, ''), r.read())
    for code in (301, 302, 303, 307, 308):
        req = Request(srv.url + f'/to/{code}/final', data=b'abc', headers={'X-Keep': 'kept'})
        try:
            with urlopen(req) as r:
                print('POST', code, r.status, r.read())
        except HTTPError as e:
            print('POST', code, 'HTTPError', e.code, e.reason, e.headers['Location'])
    with urlopen(Request(srv.url + '/to/302/final', method='HEAD')) as r:
        print('HEAD', r.status, r.read())
    for path in ['/loop', '/nolocation', '/bad-scheme']:
        try:
            urlopen(srv.url + path)
        except HTTPError as e:
            print(path, e.code, repr(e.reason))
