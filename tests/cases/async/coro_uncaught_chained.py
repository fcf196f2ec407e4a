# Tests the traceback of a chained exception (raise ... from ...) escaping a coroutine chain driven by hand.
class ConfigError(Exception):
    pass

async def read_setting(settings, key):
    return settings[key]

async def load(settings):
    try:
        return await read_setting(settings, "port")
    except KeyError as e:
        raise ConfigError("port is not configured") from e

async def main():
    port = await load({"host": "localhost"})
    print(port)

main().send(None)
