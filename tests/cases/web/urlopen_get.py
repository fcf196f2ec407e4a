# urllib.request.urlopen GET against an in-process HTTP server: the response object
# (status, reason, headers, read/readline/iteration, url, context manager) and the request
# headers urllib sends.
from urllib.request import urlopen, Request
from helper_server import QuietHandler, running, masked

seen = []


class Pages(QuietHandler):
    def do_GET(self):
        headers = [(k, v.split('/')[0] if k == 'User-Agent' else v) for k, v in self.headers.items()]
        seen.append((self.command, self.path, self.request_version, masked(headers, ('Host',))))
        body = b'line one\nline two\nline three\n'
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.send_header('X-Multi', 'a')
        self.send_header('X-Multi', 'b')
        self.end_headers()
        self.wfile.write(body)


with running(Pages) as srv:
    with urlopen(srv.url + '/hello?x=1', timeout=5) as r:
        print(type(r).__name__, r.status, r.reason, r.msg, r.code, r.getcode(), r.version)
        print(r.url == srv.url + '/hello?x=1', r.geturl() == r.url, r.info() is r.headers)
        print(masked(r.getheaders()))
        print(r.getheader('content-type'), r.getheader('X-Multi'), r.headers['x-multi'],
              r.headers.get_all('X-Multi'), r.getheader('missing', 'none'))
        print(r.headers.get_content_charset(), r.length, r.closed)
        print(r.readline(), r.read(4), r.read(), r.read())
    print(r.closed, r.isclosed())

    r = urlopen(Request(srv.url + '/iter', headers={'User-Agent': 'Mozilla/5.0', 'x-custom': 'yes'}))
    print(list(r))
    r.close()
    with urlopen(srv.url) as r:
        print(r.readlines())
    with urlopen(srv.url + '/lines') as r:
        for line in r:
            print('line:', line)
    with urlopen(srv.url + '/amt') as r:
        print(r.read(100), r.read(1))

for s in seen:
    print(s)
