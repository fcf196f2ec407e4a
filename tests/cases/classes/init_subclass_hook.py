# Tests __init_subclass__ for registering subclasses with keyword arguments in the class statement.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Csv(Plugin, name="csv"):
    pass
class JsonExport(Plugin):
    pass
class Pretty(JsonExport, name="pretty"):
    pass
print(sorted(Plugin.registry), Csv.plugin_name, Pretty.plugin_name)
print(Plugin.registry["jsonexport"] is JsonExport)
try:
    class Bad(Plugin, unknown=1, name="b"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
