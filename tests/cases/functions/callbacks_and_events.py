# Tests a small event system using callbacks, bound methods and closures as handlers.
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event, handler=None):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register(handler) if handler else register
    def emit(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)
        return len(self.lines)
em = Emitter()
logger = Logger()
em.on("msg", logger.log)
@em.on("msg")
def shout(msg):
    return msg.upper()
total = []
em.on("num", lambda n: total.append(n) or sum(total))
print(em.emit("msg", "hi"), em.emit("msg", "yo"), logger.lines)
print(em.emit("num", 5), em.emit("num", 7), em.emit("none"))
