# TracebackException: from_exception, its attributes, format() pieces and format_exception_only().
import sys
import traceback


class AppError(Exception):
    pass


def work():
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("work failed") from e


try:
    work()
except AppError as e:
    exc = e

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type_str, str(te), te.__suppress_context__)
print(te.__cause__.exc_type_str, str(te.__cause__), te.__cause__.__cause__)
print(te.__context__, te.exceptions)
print([fs.name for fs in te.stack], [fs.name for fs in te.__cause__.stack])
print(list(te.format_exception_only()))
print("".join(te.format()) == "".join(traceback.format_exception(exc)))
print("".join(te.format(chain=False)), end="")
te.print(file=sys.stdout)
compact = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=True)
print(compact.__context__, compact.__cause__ is not None)
limited = traceback.TracebackException.from_exception(exc, limit=1)
print(len(limited.stack), "".join(limited.format()).count("File "))
print(te == traceback.TracebackException.from_exception(exc))
try:
    undefined_thing
except NameError as e:
    print(str(traceback.TracebackException.from_exception(e)))
print(traceback.TracebackException(ValueError, ValueError("no traceback"), None).stack)
