# logging.config.dictConfig: formatters, filters, handlers, loggers, root, and its errors.
import logging
import logging.config
import sys

old = logging.getLogger("old.module")
kept = logging.getLogger("app.existing_child")


class Upper(logging.Filter):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix

    def filter(self, record):
        record.msg = self.prefix + str(record.msg).upper()
        return True


def make_formatter(fmt, tag):
    return logging.Formatter(tag + " " + fmt)


logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "short": {"format": "%(levelname)s %(name)s: %(message)s"},
        "brace": {"format": "{levelname}|{message}", "style": "{"},
        "custom": {"()": make_formatter, "fmt": "%(message)s", "tag": "[custom]"},
        "defaults": {"format": "%(message)s %(extra)s", "defaults": {"extra": "(dflt)"}},
    },
    "filters": {
        "only_app": {"name": "app"},
        "upper": {"()": Upper, "prefix": "> "},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "short", "level": "DEBUG"},
        "braced": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "brace", "filters": ["only_app"]},
        "shout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                  "formatter": "custom", "filters": ["upper"], "level": "ERROR"},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "console"},
        "props": {"()": "logging.StreamHandler", "stream": "ext://sys.stdout",
                  "formatter": "defaults", ".": {"terminator": " <<\n"}},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["braced", "shout"], "propagate": True},
        "buffered": {"handlers": ["buffer"], "propagate": False, "level": "DEBUG"},
        "props": {"handlers": ["props"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
})
logging.getLogger("app").info("app info")
logging.getLogger("app").error("app error")
logging.getLogger("app.db").warning("from a child")
logging.getLogger("other").warning("other warning")
logging.getLogger("other").info("other info (dropped)")
old.warning("old logger is disabled")
print(old.disabled, kept.disabled, logging.getLogger("app").disabled)
b = logging.getLogger("buffered")
b.debug("buffered 1")
print("nothing yet")
b.debug("buffered 2")
logging.getLogger("props").warning("with properties")
print(sorted(logging.getHandlerNames()))
print(logging.getHandlerByName("console"), logging.getHandlerByName("buffer").target is logging.getHandlerByName("console"))

# incremental: only levels change
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "DEBUG"}}})
print(logging.getHandlerByName("console").level, logging.getLogger("app").level)

# disable_existing_loggers False keeps old loggers working
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"h": {"class": "logging.StreamHandler",
                                              "stream": "ext://sys.stdout"}},
                           "root": {"handlers": ["h"], "level": "INFO"}})
print(sorted(logging.getHandlerNames()), logging.getLogger("app").handlers)
logging.getLogger("unnamed").info("plain root handler")

for bad in [{}, {"version": 2},
            {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": "LOUD"}}},
            {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["nope"]}}},
            {"version": 1, "loggers": {"x": {"filters": ["nope"]}}},
            {"version": 1, "root": {"level": "LOUD"}},
            {"version": 1, "handlers": {"h": {"class": "nosuchmodule.Handler"}}},
            {"version": 1, "incremental": True, "handlers": {"zzz": {"level": "INFO"}}}]:
    try:
        logging.config.dictConfig(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
