# The is* predicates on functions, methods, classes, modules, built-ins, code, frames and tracebacks.
import inspect
import sys
import functools


def plain():
    pass


class Thing:
    def method(self):
        pass

    @classmethod
    def cmethod(cls):
        pass

    @staticmethod
    def smethod():
        pass

    @property
    def prop(self):
        return 1


try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__

objects = {
    "plain": plain, "lambda": lambda: 0, "Thing": Thing, "Thing.method": Thing.method,
    "Thing().method": Thing().method, "Thing.cmethod": Thing.cmethod, "Thing.smethod": Thing.smethod,
    "inspect": inspect, "len": len, "[].append": [].append, "str.join": str.join, "int": int,
    "code": plain.__code__, "frame": sys._getframe(), "traceback": tb, "partial": functools.partial(plain),
    "42": 42, "prop": Thing.__dict__["prop"],
}
predicates = [inspect.isfunction, inspect.ismethod, inspect.isclass, inspect.ismodule, inspect.isbuiltin,
              inspect.isroutine, inspect.iscode, inspect.isframe, inspect.istraceback,
              inspect.ismethoddescriptor, inspect.isdatadescriptor]
print(" ".join(p.__name__[2:] for p in predicates))
for name, obj in objects.items():
    print(f"{name:15}", " ".join("T" if p(obj) else "." for p in predicates))
