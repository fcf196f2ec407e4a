# urlopen with a body: POST of bytes and of urlencoded form data, a Request with method and
# headers (PUT, DELETE), a body from an iterable (chunked) and from a file, and str data
# (TypeError). The server echoes what it received.
import io
import json
from urllib.parse import urlencode, parse_qs
from urllib.request import urlopen, Request
from helper_server import QuietHandler, running


class Echo(QuietHandler):
    protocol_version = 'HTTP/1.1'

    def read_body(self):
        if self.headers.get('Transfer-Encoding') == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline(), 16)
                chunk = self.rfile.read(size + 2)[:size]
                if not size:
                    return data
                data += chunk
        return self.rfile.read(int(self.headers.get('Content-Length', 0)))

    def answer(self):
        body = self.read_body()
        reply = json.dumps({'method': self.command, 'path': self.path,
                            'type': self.headers.get('Content-Type'),
                            'length': self.headers.get('Content-Length'),
                            'chunked': self.headers.get('Transfer-Encoding'),
                            'x-token': self.headers.get('X-Token'),
                            'body': body.decode()}).encode()
        self.send_response(201 if self.command == 'PUT' else 200)
        self.send_header('Content-Length', str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET = answer


def show(r):
    with r:
        print(r.status, json.loads(r.read()))


with running(Echo) as srv:
    show(urlopen(srv.url + '/raw', data=b'some bytes'))
    form = urlencode({'name': 'Taipan', 'lang': 'Python 3', 'tags': 'a&b'}).encode('ascii')
    show(urlopen(srv.url + '/form', form))
    with urlopen(srv.url + '/form', form) as r:
        print(parse_qs(json.loads(r.read())['body']))
    req = Request(srv.url + '/item/1', data=b'{"a": 1}', method='PUT',
                  headers={'Content-Type': 'application/json', 'X-Token': 'secret'})
    print(req.get_method(), req.header_items())
    show(urlopen(req))
    show(urlopen(Request(srv.url + '/item/1', method='DELETE')))
    show(urlopen(Request(srv.url + '/item/2', data=b'', method='PATCH')))
    show(urlopen(srv.url + '/iter', data=iter([b'one ', b'two ', b'three'])))
    show(urlopen(srv.url + '/file', data=io.BytesIO(b'from a file')))
    req = Request(srv.url + '/again', data=b'first')
    show(urlopen(req))
    show(urlopen(req, data=b'second body'))
    try:
        urlopen(srv.url + '/str', data='text')
    except TypeError as e:
        print('TypeError:', e)
