"""Module whose function raises, to show tracebacks through imported modules."""
def parse_port(text):
    value = int(text)
    if not 0 < value < 65536:
        raise ValueError(f"port out of range: {value}")
    return value
def load(config):
    return parse_port(config["port"])
