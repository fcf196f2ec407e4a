# http.client.parse_headers and HTTPMessage (an email.message.Message): case-insensitive
# access, repeated headers, continuation lines, content-type parameters, as_string, edits.
import io
import email
import http.client
from email.message import Message

raw = (b'Content-Type: text/html; charset="UTF-8"; q=1\r\n'
       b'X-Long: first\r\n  second line\r\n'
       b'Set-Cookie: a=1\r\nset-cookie: b=2\r\n'
       b'Content-Length: 42\r\n'
       b'Empty:\r\n'
       b'\r\n'
       b'body is not read')
fp = io.BytesIO(raw)
m = http.client.parse_headers(fp)
print(type(m).__name__, isinstance(m, Message), len(m), fp.read())
print(m.keys())
print(m.values())
print(m.items())
print(m['content-type'], m['CONTENT-LENGTH'], m['missing'], repr(m['x-long']), repr(m['empty']))
print(m.get('Set-Cookie'), m.get_all('set-cookie'), m.get_all('nope'), m.get_all('nope', []))
print(m.get('nope', 'dflt'), 'set-cookie' in m, 'SET-COOKIE' in m, 'x' in m, list(m))
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype())
print(m.get_content_charset(), m.get_params(), m.get_param('q'), m.get_param('charset', unquote=False))
print(m.get_param('nope', 'd'), m.get_params(header='x-none'), m.get_default_type())
print(repr(m.as_string()))
print(repr(str(m)))
print(m.getallmatchingheaders('set-cookie'))

m2 = http.client.parse_headers(io.BytesIO(b'A: 1\r\nNoColon\r\nB: 2\r\n\r\n'))
print(m2.items(), [type(d).__name__ for d in m2.defects], repr(m2.get_payload()))
m3 = http.client.parse_headers(io.BytesIO(b' continued: x\r\nA: 1\r\n\r\n'))
print(m3.items(), [type(d).__name__ for d in m3.defects])
m4 = http.client.parse_headers(io.BytesIO(b'\r\n'))
print(len(m4), repr(str(m4)), m4.get_content_type(), m4.get_content_charset('latin-1'))
m5 = http.client.parse_headers(io.BytesIO(b'Caf\xe9: na\xefve\r\n\r\n'))
print(m5.items())

m = Message()
m['To'] = 'a@example.com'
m['X-Dup'] = '1'
m['x-dup'] = '2'
m.add_header('Content-Disposition', 'attachment', filename='a b.txt', size=None)
m.add_header('Content-Type', 'text/plain', charset='ISO-8859-1', format='flowed')
print(m.items())
print(m.get_filename(), m.get_content_disposition(), m.get_content_charset())
m.replace_header('x-DUP', 'one')
print(m.get_all('X-Dup'))
del m['x-dup']
del m['never-there']
print(m.keys())
try:
    m.replace_header('Nope', 'x')
except KeyError as e:
    print('KeyError', e)
m.set_payload('hello\r\nworld\n')
print(repr(m.as_string()), m.get_payload(), m.is_multipart())
print(Message().get_content_type(), Message().get_payload(), repr(str(Message())))
m = email.message_from_string('Content-Type: multipart/mixed; boundary="==x=="\n\nbody\n')
print(m.get_content_type(), m.get_boundary(), repr(m.get_payload()))
m = email.message_from_string('Content-Type: weird\n\n')
print(m.get_content_type(), m.get_content_maintype())
