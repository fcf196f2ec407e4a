# Building Parameter and Signature objects by hand: kinds, replace, equality, and validation errors.
import inspect

P = inspect.Parameter
params = [
    P("self", P.POSITIONAL_ONLY),
    P("x", P.POSITIONAL_OR_KEYWORD, default=0, annotation=int),
    P("rest", P.VAR_POSITIONAL),
    P("key", P.KEYWORD_ONLY, annotation="str"),
    P("extra", P.VAR_KEYWORD),
]
sig = inspect.Signature(params, return_annotation=bool)
print(sig)
for p in params:
    print(repr(p), str(p.kind), p.kind.name, int(p.kind), p.kind.value, f"{p.kind}", repr(p.kind))
print(P.POSITIONAL_ONLY < P.KEYWORD_ONLY, P.VAR_KEYWORD == 4, P.empty, inspect.Signature.empty is P.empty)
q = params[1].replace(name="y", default=None)
print(q, params[1], q == params[1], params[1] == P("x", P.POSITIONAL_OR_KEYWORD, default=0, annotation=int))
print(hash(params[0]) == hash(P("self", P.POSITIONAL_ONLY)))
print(sig.replace(parameters=params[1:2]), sig.replace(return_annotation=inspect.Signature.empty))
print(sig == inspect.Signature(params, return_annotation=bool), sig == sig.replace(return_annotation=int))
print(inspect.Signature(), inspect.Signature([P("a", P.POSITIONAL_ONLY)]))
print(P("a", 1), P("b", 3, default=None))
for make in [
    lambda: P("a", 9),
    lambda: P("1a", P.POSITIONAL_ONLY),
    lambda: P("for", P.KEYWORD_ONLY),
    lambda: P(5, P.KEYWORD_ONLY),
    lambda: P("a", P.VAR_KEYWORD, default=1),
    lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]),
    lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)]),
    lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]),
]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
