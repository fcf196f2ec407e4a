# formatwarning, showwarning (with file=), and replacing either of them.
import io
import sys
import warnings

print(repr(warnings.formatwarning("text", UserWarning, "file.py", 7)))
print(repr(warnings.formatwarning("text", RuntimeWarning, "file.py", 7, line="    x = compute()  ")))
print(repr(warnings.formatwarning("text", UserWarning, "formatwarning_showwarning.py", 1)))
print(repr(warnings.formatwarning("text", UserWarning, "missing_file.py", 3)))
buf = io.StringIO()
warnings.showwarning("to a buffer", FutureWarning, "buf.py", 12, file=buf, line="y = 2")
print(repr(buf.getvalue()))


def my_show(message, category, filename, lineno, file=None, line=None):
    print(f"[show] {category.__name__}: {message} ({filename}:{lineno}) line={line!r}")


warnings.showwarning = my_show
warnings.warn("goes to my_show")
warnings.showwarning = warnings._showwarning_orig
sys.stderr = sys.stdout


def my_format(message, category, filename, lineno, line=None):
    return f"<<{category.__name__}|{message}|{lineno}>>\n"


warnings.formatwarning = my_format
warnings.warn("custom format")
warnings.formatwarning = warnings._formatwarning_orig
warnings.warn("normal again")
warnings.showwarning = 42
try:
    warnings.warn("broken showwarning")
except TypeError as e:
    print(e)
