# urllib.parse query strings: urlencode (dicts, pairs, doseq, bytes, quote_via, safe),
# parse_qs and parse_qsl (blank values, strict parsing, separators, max_num_fields).
from urllib.parse import urlencode, parse_qs, parse_qsl, quote

print(urlencode({'a': 1, 'b': 'two words', 'c': 'x&y=z', 'd': 'é'}))
print(urlencode([('k', 'v1'), ('k', 'v2'), ('empty', '')]))
print(urlencode({'seq': [1, 2, 3]}), urlencode({'seq': [1, 2, 3]}, doseq=True))
print(urlencode({'s': 'abc', 'n': 5, 'b': b'by tes', 't': (b'x', 'y z')}, doseq=True))
print(urlencode({'p': 'a/b c'}, quote_via=quote), urlencode({'p': 'a/b c'}, safe='/'))
print(urlencode({'x': 'é'}, encoding='latin-1'), urlencode({b'k y': b'v'}), urlencode([]))
print(urlencode({'v': None, 'f': 1.5, 'l': [1]}))
for bad in ['abc', 5, [1, 2]]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError:', e, '| cause:', type(e.__cause__).__name__)

q = 'a=1&b=2&a=3&c=&d&e=%20x+y&f=caf%C3%A9&&=v'
print(parse_qsl(q))
print(parse_qsl(q, keep_blank_values=True))
print(parse_qs(q))
print(parse_qs(q, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl('a=1;b=2'), parse_qs(''))
print(parse_qsl('a=caf%E9', encoding='latin-1'), parse_qsl('a=%C3', errors='ignore'))
print(parse_qsl('x=1=2&y'), parse_qsl(b'x=1&y=%41'), parse_qsl(None), parse_qsl(b''))
print(parse_qsl('a=1&b=2', max_num_fields=2))
for args, kw in [(('a=1&b=2',), {'max_num_fields': 1}), (('a=1&b',), {'strict_parsing': True}),
                 (('a=1&&b=2',), {'strict_parsing': True}), (('a=1',), {'separator': ''}),
                 (('a=1',), {'separator': 5})]:
    try:
        print(parse_qsl(*args, **kw))
    except ValueError as e:
        print('ValueError:', e)
try:
    parse_qsl(5)
except TypeError as e:
    print('TypeError:', e)
