# urllib.request.Request without a network: URL parts, method choice, header storage
# (capitalized names, unredirected headers), data changes, and bad URLs.
from urllib.request import Request, build_opener, OpenerDirector, BaseHandler, HTTPHandler

r = Request('http://www.example.com:8080/path/page?q=1#frag')
print(r.full_url, r.type, r.host, r.selector, r.fragment, r.origin_req_host)
print(r.get_method(), r.data, r.headers, r.header_items(), r.unverifiable, r.has_proxy())
r.full_url = '<URL:https://other.example/x>'
print(r.full_url, r.get_full_url(), r.type, r.host, r.selector, r.fragment)

r = Request('http://h/', data=b'abc', headers={'user-agent': 'Mozilla/5.0', 'X-CUSTOM': '1'})
print(r.get_method(), r.data, r.headers)
r.add_header('content-TYPE', 'text/plain')
r.add_unredirected_header('authorization', 'Basic x')
print(r.has_header('Content-type'), r.has_header('content-type'), r.has_header('Authorization'))
print(r.get_header('User-agent'), r.get_header('Authorization'), r.get_header('Nope', 'dflt'))
print(sorted(r.header_items()))
r.add_unredirected_header('Content-length', '3')
r.data = b'abcdef'
print(r.has_header('Content-length'), r.data, r.get_method())
del r.data
print(r.data, r.get_method())
r.remove_header('User-agent')
r.remove_header('Missing')
print(sorted(r.header_items()))

for method in ['PUT', 'DELETE', None, '']:
    print(repr(method), Request('http://h/', method=method).get_method(),
          Request('http://h/', b'x', method=method).get_method())


class Head(Request):
    method = 'HEAD'


print(Head('http://h/').get_method(), Head('http://h/', method='GET').get_method())
print(Request('http://user:pw@h%41st:81/p').host, Request('file:///etc/hosts').host)
print(repr(Request('file:///etc/hosts').selector), Request('HTTP://H/').type)
print(Request('http://h', origin_req_host='o.example', unverifiable=True).origin_req_host)

for bad in ['www.example.com', '/relative', '']:
    try:
        Request(bad)
    except ValueError as e:
        print('ValueError:', e)

r = Request('http://h/x')
del r.full_url
print(r.full_url, r.fragment, repr(r.selector))

opener = build_opener()
print(type(opener).__name__, opener.addheaders[0][0],
      sorted(type(h).__name__ for h in opener.handlers if type(h).__name__ not in ('FTPHandler', 'DataHandler', 'HTTPSHandler')))


class MyHandler(BaseHandler):
    handler_order = 400

    def http_request(self, req):
        req.add_header('X-From-Handler', 'yes')
        return req


opener = build_opener(MyHandler)
print([type(h).__name__ for h in opener.process_request['http']])
try:
    OpenerDirector().add_handler(object())
except TypeError as e:
    print('TypeError:', e)
