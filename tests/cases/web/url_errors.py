# urllib.error without a network: URLError and HTTPError construction, str/repr, the
# attributes, HTTPError as a readable response, and the class hierarchy.
import io
from urllib.error import URLError, HTTPError, ContentTooShortError
from http.client import HTTPMessage

e = URLError('no host given')
print(str(e), repr(e), e.reason, e.args, isinstance(e, OSError))
e = URLError(ConnectionRefusedError(111, 'Connection refused'))
print(str(e), repr(e), type(e.reason).__name__, e.reason.errno)
e = URLError('bad', filename='f.txt')
print(e.filename, URLError('x').filename)

hdrs = HTTPMessage()
hdrs['Content-Type'] = 'text/plain'
fp = io.BytesIO(b'the error body\nline 2\n')
e = HTTPError('http://h/missing', 404, 'Not Found', hdrs, fp)
print(str(e), repr(e), e.code, e.reason, e.msg, e.filename, e.url)
print(e.status, e.getcode(), e.geturl(), e.headers['content-type'], e.info() is hdrs, e.hdrs is hdrs)
print(e.readline(), e.read(), e.read())
print(isinstance(e, URLError), isinstance(e, OSError), HTTPError.__mro__[1].__name__)
e.headers = {'x': 1}
print(e.hdrs)
e2 = HTTPError('http://h/', 500, 'Internal Server Error', None, None)
print(e2.read(), e2.fp is not None, str(e2))
with HTTPError('http://h/', 418, "I'm a Teapot", hdrs, io.BytesIO(b'tea')) as resp:
    print(resp.read(), resp.code)
print(resp.fp.closed)
try:
    raise HTTPError('http://h/', 403, 'Forbidden', hdrs, io.BytesIO(b''))
except URLError as err:
    print('caught', type(err).__name__, err)

c = ContentTooShortError('retrieval incomplete', (b'x', None))
print(str(c), c.content, c.reason)
