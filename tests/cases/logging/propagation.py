# Records go to the handlers of the logger and of each ancestor until propagate is false.
import logging
import sys


class Show(logging.Handler):
    def __init__(self, label, level=logging.NOTSET):
        super().__init__(level)
        self.label = label

    def emit(self, record):
        print(f"{self.label} got {record.name}:{record.levelname}:{record.getMessage()}")


root = logging.getLogger()
root.setLevel(logging.DEBUG)
root.addHandler(Show("root"))
app = logging.getLogger("app")
app.addHandler(Show("app"))
db = logging.getLogger("app.db")
db.addHandler(Show("db"))

db.info("query %d", 1)
app.info("starting")
db.propagate = False
db.info("query %d", 2)
print(db.hasHandlers(), logging.getLogger("app.db.pool").hasHandlers())
db.removeHandler(db.handlers[0])
print(db.hasHandlers(), db.handlers)
db.propagate = True
print(db.hasHandlers())
db.info("query %d", 3)
# a logger's level decides; ancestors' levels do not filter propagated records
app.setLevel(logging.ERROR)
logging.getLogger("app.db").setLevel(logging.DEBUG)
db.debug("debug from db")
app.info("info from app (dropped)")
# handler levels do filter
root.handlers[0].setLevel(logging.WARNING)
db.info("only app sees this")
db.warning("both see this")
# adding the same handler twice keeps one
h = app.handlers[0]
app.addHandler(h)
print(len(app.handlers))
for lg in (root, app):
    for h in lg.handlers[:]:
        lg.removeHandler(h)
