# captureWarnings(True) routes warnings.warn() to the "py.warnings" logger as WARNING records.
import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout, format="%(levelname)s|%(name)s|%(message)s")
warnings.simplefilter("always")
logging.captureWarnings(True)
warnings.warn("captured warning")
warnings.warn("a deprecation", DeprecationWarning)
print(type(logging.getLogger("py.warnings").handlers[0]).__name__)
# a warning shown to an explicit file still goes there
warnings.showwarning("to a file", UserWarning, "somefile.py", 3, file=sys.stdout, line="code()")
logging.captureWarnings(True)
logging.captureWarnings(False)
sys.stderr = sys.stdout
warnings.warn("printed again")
logging.captureWarnings(False)
