# Tests string.Template substitution, safe_substitute, $$ escapes, identifiers and errors.
from string import Template
t = Template("Dear $name, your order #${order_id} ships $$free on ${day}.")
print(t.substitute(name="Ann", order_id=42, day="Monday"))
print(t.substitute({"name": "Bob", "order_id": 7}, day="Friday"))
print(t.safe_substitute(name="Cy"))
try:
    t.substitute(name="x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Template("$a$b ${a}x $a_b").safe_substitute(a=1, b=2), t.template[:10], sorted(t.get_identifiers()), t.is_valid())
letters = [("Ann", 3), ("Bob", 1)]
form = Template("$who has $n new message$s")
for who, n in letters:
    print(form.substitute(who=who, n=n, s="" if n == 1 else "s"))
