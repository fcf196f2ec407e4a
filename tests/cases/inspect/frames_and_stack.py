# currentframe, stack, getframeinfo, getouterframes, getinnerframes, trace and getargvalues.
import inspect


def describe(records):
    return [(r.function, r.lineno, r.code_context, r.index) for r in records]


def inner(a, b=2, *rest, **opts):
    frame = inspect.currentframe()
    print(frame.f_code.co_name, frame.f_back.f_code.co_name)
    info = inspect.getframeinfo(frame)
    print(info.filename, info.lineno, info.function, info.code_context, info.index)
    print(inspect.getframeinfo(frame, context=3).code_context)
    print(describe(inspect.stack()))
    print(describe(inspect.getouterframes(frame, context=0)))
    record = inspect.stack()[1]
    print(record.frame is frame.f_back, record[3], record.function, len(record))
    print(inspect.getargvalues(frame)[:3], sorted(inspect.getargvalues(frame).locals))
    print(inspect.getlineno(frame))


def outer():
    inner(1, 2, 3, key="v")


outer()


def fail():
    raise ValueError("bad")


try:
    fail()
except ValueError as e:
    print(describe(inspect.trace()))
    print(describe(inspect.getinnerframes(e.__traceback__, context=2)))
    info = inspect.getframeinfo(e.__traceback__)
    print(info.function, info.lineno, info.code_context)
print(inspect.trace())
