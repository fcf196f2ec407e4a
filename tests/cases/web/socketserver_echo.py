# socketserver: TCPServer with StreamRequestHandler (line echo) and BaseRequestHandler,
# ThreadingTCPServer serving clients at the same time, handle_request with a timeout,
# verify_request, handle_error, the context manager and shutdown/server_close.
import socket
import socketserver
import threading

events = []


class LineEcho(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b'echo: ' + line)
            if line.strip() == b'bye':
                break


class Upper(socketserver.BaseRequestHandler):
    def setup(self):
        events.append('setup')

    def handle(self):
        data = self.request.recv(1024)
        self.request.sendall(data.upper())
        events.append(('handled', data, self.client_address[0], self.server.__class__.__name__))

    def finish(self):
        events.append('finish')


def talk(address, *lines):
    with socket.create_connection(address) as s:
        f = s.makefile('rb')
        replies = []
        for line in lines:
            s.sendall(line)
            replies.append(f.readline())
        f.close()
        return replies


def serve(server):
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.01})
    t.start()
    return t


with socketserver.TCPServer(('127.0.0.1', 0), LineEcho) as server:
    host, port = server.server_address
    print(host, port > 0, server.socket.getsockname() == server.server_address,
          server.allow_reuse_address, server.request_queue_size, server.RequestHandlerClass.__name__)
    t = serve(server)
    print(talk(server.server_address, b'hello\n', b'second line\n', b'bye\n'))
    print(talk(server.server_address, b'again\n'))
    server.shutdown()
    t.join()
print(server.socket.fileno())

with socketserver.TCPServer(('127.0.0.1', 0), Upper) as server:
    t = serve(server)
    with socket.create_connection(server.server_address) as s:
        s.sendall(b'shout this')
        print(s.recv(1024))
    server.shutdown()
    t.join()
print(events)

# ThreadingTCPServer: two clients connected at the same time are both served.
with socketserver.ThreadingTCPServer(('127.0.0.1', 0), LineEcho) as server:
    t = serve(server)
    a = socket.create_connection(server.server_address)
    b = socket.create_connection(server.server_address)
    fa, fb = a.makefile('rb'), b.makefile('rb')
    b.sendall(b'from b\n')
    a.sendall(b'from a\n')
    print(fb.readline(), fa.readline())
    a.sendall(b'bye\n')
    b.sendall(b'bye\n')
    print(fa.readline(), fb.readline())
    for x in (fa, fb, a, b):
        x.close()
    server.shutdown()
    t.join()
print(server.daemon_threads, server.block_on_close)

# handle_request() with a timeout and no client: handle_timeout is called.
class Timing(socketserver.TCPServer):
    timeout = 0.05

    def handle_timeout(self):
        print('handle_timeout called')


with Timing(('127.0.0.1', 0), Upper) as server:
    server.handle_request()


class Picky(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        print('verify_request', client_address[0])
        return False


class Failing(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError('handler failed')


class Reporting(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        import sys
        print('handle_error:', repr(sys.exception()))


for server_class, handler in [(Picky, Upper), (Reporting, Failing)]:
    with server_class(('127.0.0.1', 0), handler) as server:
        with socket.create_connection(server.server_address) as s:
            server.handle_request()
            s.sendall(b'x')
            print('client got', s.recv(10))

server = socketserver.TCPServer(('127.0.0.1', 0), Upper, bind_and_activate=False)
print(server.server_address)
server.server_bind()
server.server_activate()
print(server.server_address[1] > 0)
server.server_close()
