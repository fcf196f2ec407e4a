# urllib.parse.urljoin: the RFC 3986 section 5.4 examples (normal and abnormal), plus
# scheme changes, netloc-less schemes, empty arguments and fragments.
from urllib.parse import urljoin, urldefrag

base = 'http://a/b/c/d;p?q'
refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
        'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
        '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
        './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
        'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https:g', 'a//b', './/x']
for r in refs:
    print(f'{r!r:16} -> {urljoin(base, r)}')

print(urljoin('http://h/a/', 'b'), urljoin('http://h/a', 'b'), urljoin('http://h', 'b'))
print(urljoin('http://h/a/b/', '../../..'), urljoin('http://h/a', '//other/x'))
print(urljoin('', 'x'), urljoin('http://h/', ''), urljoin('http://h/p?q#f', '#g'))
print(urljoin('mailto:a@b', 'c'), urljoin('ftp://h/d/f', 'g'), urljoin('file:///a/b', 'c'))
print(urljoin('http://h/a/b', 'https://s/x'), urljoin('svn+ssh://h/r/x', '../y'))
print(urljoin('http://h/a/b#f', 'c#g', allow_fragments=False))
print(urljoin('http://h/p?q', '?'), urljoin('http://h/p?q', ';'))
print(urldefrag('http://h/p?q#f'), urldefrag('http://h/p;a?q#').url)
