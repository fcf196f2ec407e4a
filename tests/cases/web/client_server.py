# http.client.HTTPConnection against an in-process HTTP/1.1 server: several requests on one
# persistent connection, HEAD, request bodies, reading in pieces, getheaders, and the
# connection-state errors.
import http.client
from helper_server import QuietHandler, running, masked

connections = set()


class KeepAlive(QuietHandler):
    protocol_version = 'HTTP/1.1'

    def reply(self, body):
        connections.add(self.client_address)
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def do_GET(self):
        self.reply(f'you asked for {self.path}\n'.encode())

    do_HEAD = do_GET

    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        self.reply(b'got ' + data)


with running(KeepAlive) as srv:
    conn = http.client.HTTPConnection('127.0.0.1', srv.port, timeout=5)
    for path in ['/one', '/two', '/three']:
        conn.request('GET', path)
        r = conn.getresponse()
        print(r.status, r.reason, r.version, r.will_close, r.read())
    conn.request('HEAD', '/head')
    r = conn.getresponse()
    print('HEAD', r.status, r.getheader('Content-Length'), r.read(), r.isclosed())
    conn.request('POST', '/post', body=b'payload', headers={'Content-Type': 'text/plain'})
    r = conn.getresponse()
    print(masked(r.getheaders()))
    print(r.read(3), r.read(3), r.read(100), r.read())
    conn.putrequest('GET', '/manual')
    conn.putheader('X-Manual', 'yes')
    conn.endheaders()
    r = conn.getresponse()
    try:
        conn.request('GET', '/too-early')
    except http.client.CannotSendRequest as e:
        print('CannotSendRequest', e)
    print(r.read())
    try:
        conn.getresponse()
    except http.client.ResponseNotReady as e:
        print('ResponseNotReady', e)
    conn.close()
    print('connections used:', len(connections))
    conn.request('GET', '/reopened')
    print(conn.getresponse().read())
    conn.close()
    print('connections used:', len(connections))
