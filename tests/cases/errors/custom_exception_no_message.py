# Tests the traceback line for an uncaught custom exception raised without a message.
class ConfigurationError(Exception):
    pass
def load():
    print("loading")
    raise ConfigurationError
load()
