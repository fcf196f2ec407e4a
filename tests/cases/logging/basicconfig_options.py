# basicConfig: style, datefmt, handlers, force, level names, and its argument errors.
import logging
import sys

logging.basicConfig(stream=sys.stdout, style="{", format="{levelname}/{name}/{message}")
logging.warning("brace style")
print(logging.root.handlers[0].formatter._style.__class__.__name__)
logging.basicConfig(force=True, stream=sys.stdout, level="DEBUG", style="$")
logging.debug("dollar default format")
print(len(logging.root.handlers), logging.root.level)

h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("h2 keeps its own: %(message)s"))
logging.basicConfig(force=True, handlers=[h1, h2], format="h1 gets basic's: %(message)s")
logging.warning("two handlers")
print(logging.root.handlers == [h1, h2])

for kwargs in [dict(stream=sys.stdout, filename="x.log"),
               dict(handlers=[h1], stream=sys.stdout),
               dict(handlers=[h1], filename="x.log"),
               dict(style="%%"),
               dict(bogus=1, other=2),
               dict(format="no fields here")]:
    try:
        logging.basicConfig(force=True, **kwargs)
        print("no error for", kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(logging.root.handlers)
try:
    logging.basicConfig(force=True, stream=sys.stdout, level="LOUD")
except ValueError as e:
    print("ValueError:", e)
print(logging.root.handlers)
logging.basicConfig(force=True, stream=sys.stdout, format="%(message)s", level=logging.INFO)
logging.info("after the errors")
