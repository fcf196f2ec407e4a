# Tests walking nested dict/list structures recursively: paths, leaf counts and flattening keys.
doc = {
    "name": "taipan",
    "tags": ["interp", "java"],
    "deps": {"grammar": {"version": 2, "opt": [True, None]}, "stdlib": {}},
    "matrix": [[1, 2], [3, [4, 5]]],
}
def walk(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, path + (i,))
    else:
        yield path, node
for path, leaf in walk(doc):
    print(".".join(map(str, path)), "=", repr(leaf))
print(sum(1 for _ in walk(doc)))
def depth(node):
    if isinstance(node, (dict, list)):
        children = node.values() if isinstance(node, dict) else node
        return 1 + max((depth(c) for c in children), default=0)
    return 0
print(depth(doc), depth([]), depth(5))
