# Tests the traceback for an exception raised while handling another (implicit chaining).
def load(config):
    try:
        return config["port"]
    except KeyError:
        raise ValueError("config has no port")
load({"host": "x"})
