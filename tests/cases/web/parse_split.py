# urllib.parse: urlsplit/urlparse of many URL shapes, the named-tuple results and their
# netloc attributes (username, password, hostname, port), geturl and _replace.
from urllib.parse import urlsplit, urlparse, urlunsplit, urlunparse, SplitResult, ParseResult

urls = [
    'http://www.example.com/path/to/page?x=1&y=2#frag',
    'https://user:secret@Example.COM:8443/a;p=1/b;q=2?k=v#top',
    'http://[::1]:8080/index.html',
    'http://[fe80::1%25eth0]/',
    'ftp://ftp.example.org/pub/file.txt',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    'news:comp.lang.python',
    '//host.only/path',
    '/just/a/path?q',
    'relative/path#f',
    'HTTP://UPPER.example/',
    'http://host:/empty-port',
    'http://host?query-only',
    'http://host#frag-only',
    '  http://leading.space/',
    'http://tab\tand\nnewline.example/',
    'path:with:colons',
    '1http://not-a-scheme',
    'sip:alice@atlanta.com;transport=tcp',
    'http://a/b/c/d;p?q',
    '',
    'http://user@host',
    'http://:pass@host',
    'http://u:p@[2001:db8::7]:80/x',
]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p)
    print('   user', s.username, 'pw', s.password, 'host', s.hostname, 'port', s.port)
    print('   back', s.geturl(), '|', p.geturl())

r = urlsplit('http://h/p')
print(type(r).__name__, isinstance(r, tuple), r.scheme, r[1], len(r))
print(r._replace(netloc='other:81', query='a=b'), r._replace(path='/x').geturl())
print(SplitResult('http', 'h', '/p', '', ''), ParseResult._fields)
print(urlparse('x', scheme='https'), urlsplit('//h/p', 'ftp'))
print(urlsplit('http://h/p#a#b'), urlsplit('http://h/p#f', allow_fragments=False))

print(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunsplit(('', '', '//p', '', '')))
print(urlunsplit(('http', '', '/p', '', '')), urlunsplit(('mailto', '', 'a@b', '', '')))
print(urlunparse(('http', 'h', '/p', 'par', 'q', '')), urlunparse(['', '', 'a', '', '', '']))

for bad in ['http://[::1/', 'http://::1]/', 'http://[127.0.0.1]/', 'http://[zz]/',
            'http://[v1.x]/', 'http://[vz.x]/']:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print('ValueError:', e)
for bad_port in ['http://h:abc/', 'http://h:70000/', 'http://h:-1/', 'http://h:٣/']:
    try:
        print(urlsplit(bad_port).port)
    except ValueError as e:
        print('ValueError:', e)
