# Filter objects, callables and filters that return a new record; logger versus handler filters.
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s: %(message)s"))
root = logging.getLogger()
root.addHandler(out)
root.setLevel(logging.DEBUG)

f = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", "b", "x.a.b"):
    print(name, f.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "any"})))

out.addFilter(logging.Filter("keep"))
logging.getLogger("keep.me").info("passes the handler filter")
logging.getLogger("drop").info("dropped by the handler filter")
out.removeFilter(out.filters[0])


def no_secrets(record):
    return "secret" not in record.getMessage()


logging.getLogger("app").addFilter(no_secrets)
logging.getLogger("app").info("public")
logging.getLogger("app").info("a secret")
# logger filters apply only to records logged on that logger, not to its children's
logging.getLogger("app.child").info("a secret from the child")


class Redact(logging.Filter):
    def filter(self, record):
        new = logging.makeLogRecord(record.__dict__)
        new.msg = record.getMessage().replace("password", "********")
        new.args = ()
        return new


h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("redacted %(name)s: %(message)s"))
h2.addFilter(Redact())
logging.getLogger("db").addHandler(h2)
logging.getLogger("db").info("password is %s", "hunter2")


class Count(logging.Filter):
    n = 0

    def filter(self, record):
        Count.n += 1
        return True


c = Count()
out.addFilter(c)
out.addFilter(c)
print(len(out.filters))
logging.getLogger("z").warning("counted")
print(Count.n)
print(logging.Filterer().filter(logging.makeLogRecord({})).__class__.__name__)
