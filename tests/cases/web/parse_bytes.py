# urllib.parse with bytes: bytes in, bytes out; encode()/decode() between the twins;
# mixing str and bytes is a TypeError.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urljoin, urldefrag, quote,
                          unquote, unquote_to_bytes, parse_qsl, parse_qs, quote_from_bytes)

b = urlsplit(b'http://User:Pw@Host.Example:81/p?q=1#f')
print(b, type(b).__name__)
print(b.hostname, b.port, b.username, b.password)
print(b.decode(), type(b.decode()).__name__)
print(b.decode().encode() == b, b.geturl())
p = urlparse(b'http://h/a;x?y')
print(p, type(p).__name__, p.geturl())
print(urlunsplit((b'http', b'h', b'/p', b'', b'')))
print(urljoin(b'http://h/a/b', b'../c'))
d = urldefrag(b'http://h/p#frag')
print(d, type(d).__name__, d.geturl())
print(urldefrag('http://h/p#frag'), urldefrag('http://h/p'))
print(quote(b'a b/c'), quote_from_bytes(b'\x00\xff'), unquote(b'a%20b'), unquote_to_bytes('a%20%e2%82%ac'))
print(parse_qsl(b'a=1&b=%20x+y'), parse_qs(b'a=1&a=2'))
for args in [(b'http://h/', 'x'), ('http://h/', b'x')]:
    try:
        urljoin(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    urlsplit(b'http://h/', 'https')
except TypeError as e:
    print('TypeError:', e)
print(urlsplit(b'//h', ''))
try:
    quote_from_bytes('str')
except TypeError as e:
    print('TypeError:', e)
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError:', e)
try:
    quote(b'x', errors='strict')
except TypeError as e:
    print('TypeError:', e)
