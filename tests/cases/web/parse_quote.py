# urllib.parse quoting: quote, quote_plus, quote_from_bytes with safe characters and
# encodings; unquote, unquote_plus, unquote_to_bytes with bad and partial escapes.
from urllib.parse import quote, quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes

for s in ['abc def', 'a/b/c', 'a+b=c&d', '~user_name.-', 'é漢字', '100%', '', ' ',
          '\x00\x7f', "!*'();:@&=+$,/?#[]"]:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/+'))
print(quote('a b', safe=' '), quote('é', encoding='latin-1'), quote('é€', 'x', 'ascii', 'replace'))
print(quote('é', safe='é'), quote(b'caf\xc3\xa9'), quote(bytearray(b'x y')))
print(quote_plus(b'a b+c'), quote_plus(b'a b', safe=b'+'), quote_plus('a b', safe=b'/'))
print(quote_from_bytes(b'abc def?'), quote_from_bytes(b'/x', safe=b''), quote_from_bytes(b''))
try:
    quote('é', encoding='ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)

for s in ['abc%20def', '%7e%7E', '%zz%', '%', '%4', '%41%', 'caf%C3%A9', 'caf%E9',
          'caf%C3', '%e2%82%ac euro', 'é%20é', 'a+b', '', 'no escapes', '%%41']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('caf%E9', encoding='latin-1'), unquote('caf%C3', errors='ignore'))
print(unquote('%C3%A9', encoding=None, errors=None), unquote(b'%41%42'))
print(unquote_to_bytes(b'%41+%42'), unquote_to_bytes(''), unquote_to_bytes(b''))
for bad in [None, 5]:
    for f in (unquote, unquote_to_bytes):
        try:
            f(bad)
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
