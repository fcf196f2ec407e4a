import json
from json import JSONEncoder, JSONDecodeError
class E(JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E), json.dumps({'s': {3, 1}}, default=list))
try: json.dumps({'s': object()}, cls=E)
except TypeError as e: print(e)
with open('j.json', 'w') as f: json.dump({'a': [1, 2.5, None]}, f, indent=2)
with open('j.json') as f: print(repr(f.read()))
with open('j.json') as f: print(json.load(f))
try: json.loads('{"a": }')
except JSONDecodeError as e: print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try: json.loads('[1, 2')
except ValueError as e: print(e)
print(json.loads('"\\u00e9\\n"'), json.dumps('é', ensure_ascii=False), json.dumps(1e20), json.dumps(True), json.dumps(None), json.dumps([]), json.dumps({}))
print(json.dumps({"b": 1, "a": {"d": [], "c": 2}}, sort_keys=True, indent=4, separators=(',', ' = ')))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'))
print(json.dumps(3.0), json.dumps(-0.0), json.dumps(123456789012345678901234567890), json.dumps(0.1 + 0.2))
class IntLike(int): pass
print(json.dumps([IntLike(5), float('1.5')]))
print(json.loads(b'[1, "x"]'), json.loads(bytearray(b'{}')))
print(json.dumps(("a", 1)), json.dumps({'k': (1, 2)}))
print(json.dumps("\u2028\ud83d\ude00"))
