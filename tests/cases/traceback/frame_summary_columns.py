# FrameSummary position attributes: traceback entries carry columns, stack entries do not;
# captured locals appear under their entry.
import sys
import traceback


def divide(a, b):
    ratio = a / b
    return ratio


def run():
    numbers = [1, 0]
    return divide(*numbers)


try:
    run()
except ZeroDivisionError as e:
    err = e

for fs in traceback.extract_tb(err.__traceback__):
    print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
for fs in traceback.extract_stack(limit=1):
    print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
fs = traceback.FrameSummary("made_up.py", 10, "f", lookup_line=False, end_lineno=11, colno=4, end_colno=9)
print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line)
fs = traceback.FrameSummary("made_up.py", 10, "f", lookup_line=False)
print(fs.end_lineno, fs.colno, fs.end_colno)

te = traceback.TracebackException.from_exception(err, capture_locals=True)
print([fs.locals for fs in te.stack][1:])
text = "".join(te.format())
print(text[text.index('", line 14, in run') - 30:].partition("\n")[2], end="")
summary = traceback.StackSummary.extract(traceback.walk_tb(err.__traceback__.tb_next), capture_locals=True)
print("".join(summary.format()), end="")


class Short(traceback.StackSummary):
    def format_frame_summary(self, frame_summary, **kwargs):
        return "%s:%d\n" % (frame_summary.name, frame_summary.lineno)


print(Short.extract(traceback.walk_tb(err.__traceback__)).format())
with __import__("warnings").catch_warnings(record=True) as caught:
    __import__("warnings").simplefilter("always")
    print(te.exc_type)
print(caught[0].category.__name__, caught[0].message)
