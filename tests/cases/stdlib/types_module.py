# Tests types: SimpleNamespace, MappingProxyType, FunctionType/GeneratorType checks and ModuleType.
import types
ns = types.SimpleNamespace(host="localhost", port=8080)
ns.debug = True
print(ns, ns.port, vars(ns), ns == types.SimpleNamespace(host="localhost", port=8080, debug=True))
del ns.debug
print(ns, hasattr(ns, "debug"))
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), dict(mp), "a" in mp)
try:
    mp["b"] = 2
except TypeError as e:
    print(type(e).__name__, e)
def f():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(lambda: 0, types.LambdaType), type(f) is types.FunctionType, isinstance(types, types.ModuleType))
m = types.ModuleType("dynamic_mod", "A made-up module.")
m.value = 5
print(m.__name__, m.__doc__, m.value)
class K:
    def meth(self):
        pass
print(isinstance(K().meth, types.MethodType), types.NoneType is type(None), types.SimpleNamespace().__dict__)
