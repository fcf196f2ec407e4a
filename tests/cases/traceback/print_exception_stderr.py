# print_exc() and print_exception() write to sys.stderr what an uncaught exception prints there.
import traceback


class ConfigError(Exception):
    pass


def read(cfg, key):
    if key not in cfg:
        raise ConfigError(f"missing key {key!r}")
    return cfg[key]


try:
    read({}, "port")
except ConfigError:
    traceback.print_exc()
    print("handled")

try:
    read({"a": 1}, "b")
except ConfigError as e:
    traceback.print_exception(e)
    traceback.print_exception(e, limit=0)

read({}, "host")
