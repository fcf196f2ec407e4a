# Tests exceptions raised inside generators: propagation to the consumer and generator death afterwards.
def parse_numbers(items):
    for s in items:
        yield int(s)
g = parse_numbers(["1", "2", "x", "4"])
results = []
try:
    for n in g:
        results.append(n)
except ValueError as e:
    print(type(e).__name__, e)
print(results, list(g))
def safe_parse(items):
    for s in items:
        try:
            yield int(s)
        except ValueError:
            yield None
print(list(safe_parse(["1", "x", "3"])))
def gen_with_context():
    try:
        yield 1
        raise KeyError("inside")
    except KeyError as e:
        yield f"caught {e}"
    yield "after"
print(list(gen_with_context()))
