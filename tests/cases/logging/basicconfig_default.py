# logging.warning() with no configuration: basicConfig() gives the root a stderr handler
# with the format levelname:name:message.
import logging
import sys

print(logging.root.handlers)
logging.info("info is below WARNING")
logging.warning("careful: %s", "hot")
print(logging.root.handlers)
logging.getLogger("app").error("app failed")
logging.getLogger("app.sub").critical("sub failed")
print(logging.root.handlers[0].stream is sys.stderr)
print(logging.root.handlers[0].formatter._fmt)
