# asctime, datefmt, converter, default_msec_format and formatTime(), with the record's time fixed.
import logging
import time

rec = logging.makeLogRecord({"msg": "at %s", "args": ("noon",), "created": 1700000000.25, "msecs": 250.0})
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
print(f.format(rec))
print(rec.asctime)
f2 = logging.Formatter("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H-%M")
f2.converter = time.gmtime
print(f2.format(rec))
f3 = logging.Formatter("%(asctime)s")
f3.converter = time.gmtime
f3.default_msec_format = "%s.%03d"
print(f3.format(rec))
f3.default_msec_format = None
print(f3.format(rec))
f3.default_time_format = "%H:%M"
print(f3.format(rec))
print(f3.formatTime(rec, "%Y"))


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


print(UTCFormatter("{asctime} {message}", style="{").format(rec))
print(logging.Formatter.converter is time.localtime)
# no asctime in the format: the attribute is not set
rec2 = logging.makeLogRecord({"msg": "plain"})
logging.Formatter("%(message)s").format(rec2)
print(hasattr(rec2, "asctime"), rec2.message)
