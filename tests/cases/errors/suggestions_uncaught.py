# Tests "Did you mean" hints for misspelled names, attributes and keyword arguments.
class Config:
    def __init__(self):
        self.timeout = 5


def connect(host, *, retries=3):
    return host, retries


try:
    connect("h", retrys=2)
except TypeError as e:
    print(e)
cfg = Config()
try:
    cfg.timout
except AttributeError as e:
    print(type(e).__name__, e)
value = 10
print(valeu)
