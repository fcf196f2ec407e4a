import string
from string import Template, Formatter
print(repr(string.ascii_letters), repr(string.punctuation), repr(string.whitespace), repr(string.printable), string.hexdigits, string.octdigits)
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what}! $$ cost')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='x'), t.template)
def e(f):
    try: print(f())
    except Exception as x: print(type(x).__name__, x)
e(lambda: t.substitute(who='x'))
e(lambda: Template('oops $ here').substitute())
e(lambda: Template('line1\nbad $1').substitute())
e(lambda: Template('${a').safe_substitute(a=1))
print(Template('$a $b $a $_c').get_identifiers(), Template('$a $').is_valid(), Template('$x').is_valid())
class MyT(Template):
    delimiter = '%'
print(MyT('%x and $y').substitute(x=1))
f = Formatter()
print(f.format('{0} + {1} = {x:>4}', 1, 2, x=3), list(f.parse('a{0}b{x!r:>3}c{{')))
print(f.vformat('{a.real}{b[0]}', (), {'a': 5, 'b': [7]}))
