# http.HTTPStatus and http.HTTPMethod: lookup by value and name, int/str behaviour, reprs,
# phrases, descriptions, aliases, the category properties and the errors.
from http import HTTPStatus, HTTPMethod
import http.client

ok = HTTPStatus.OK
print(repr(ok), str(ok), format(ok), f'{ok:>5}|{ok:x}', ok.name, ok.value, ok.phrase, ok.description)
print(ok == 200, 200 == ok, ok + 1, isinstance(ok, int), hash(ok) == hash(200), {200: 'x'}[ok])
print(HTTPStatus(404) is HTTPStatus.NOT_FOUND, HTTPStatus(HTTPStatus.OK) is ok, HTTPStatus['GONE'])
print(repr(HTTPStatus(413)), HTTPStatus.REQUEST_ENTITY_TOO_LARGE is HTTPStatus.CONTENT_TOO_LARGE)
print(repr(HTTPStatus.UNPROCESSABLE_ENTITY), HTTPStatus.IM_A_TEAPOT.phrase)
print(len(HTTPStatus.__members__), list(HTTPStatus.__members__)[:5])
for s in [HTTPStatus.CONTINUE, HTTPStatus.NO_CONTENT, HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST,
          HTTPStatus.BAD_GATEWAY]:
    print(int(s), s.phrase, '|', s.description, '|', s.is_informational, s.is_success,
          s.is_redirection, s.is_client_error, s.is_server_error)
print(sorted([HTTPStatus.NOT_FOUND, HTTPStatus.OK, HTTPStatus.CREATED]))
print([(code, s.phrase) for code, s in sorted((s.value, s) for s in HTTPStatus.__members__.values())][-3:])
for bad in [999, '200', None]:
    try:
        HTTPStatus(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    HTTPStatus['NOPE']
except KeyError as e:
    print('KeyError:', e)

print(repr(HTTPMethod.GET), str(HTTPMethod.POST), HTTPMethod.GET == 'GET', HTTPMethod('PUT'))
print(HTTPMethod.PATCH.value, HTTPMethod.PATCH.name, HTTPMethod.HEAD.description)
print(f'{HTTPMethod.GET:>6}|', HTTPMethod['DELETE'], list(HTTPMethod.__members__))
try:
    HTTPMethod('get')
except ValueError as e:
    print('ValueError:', e)

print(http.client.responses[404], http.client.responses[200], len(http.client.responses))
print(http.client.NOT_FOUND, repr(http.client.OK), http.client.HTTP_PORT, http.client.HTTPS_PORT)
