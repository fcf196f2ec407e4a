# basicConfig(stream=sys.stdout, level, format) and the module-level logging functions.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s %(name)s %(funcName)s: %(message)s")
logging.debug("hidden")
logging.info("info %s", 1)
logging.warning("warning")
logging.error("error")
logging.critical("critical")
logging.log(logging.INFO, "log at %s", "INFO")
logging.fatal("fatal")


def work():
    logging.info("from a function")
    logging.getLogger("pkg.mod").warning("through a named logger")


work()
print(logging.root.handlers)
print(logging.root.level, logging.getLevelName(logging.root.level))
# a second call does nothing while the root has a handler
logging.basicConfig(stream=sys.stderr, level=logging.DEBUG)
print(logging.root.handlers, logging.root.level)
logging.debug("still hidden")
