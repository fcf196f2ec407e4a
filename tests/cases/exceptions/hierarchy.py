# Tests the builtin exception hierarchy and that except clauses match subclasses in order.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (FileNotFoundError, OSError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (UnicodeDecodeError, ValueError), (TabError, IndentationError),
    (IndentationError, SyntaxError), (StopIteration, Exception), (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception), (TimeoutError, OSError),
]
for sub, base in pairs:
    print(f"{sub.__name__} < {base.__name__}: {issubclass(sub, base)}")
def which(exc):
    try:
        raise exc
    except IndexError:
        return "IndexError"
    except LookupError:
        return "LookupError"
    except ArithmeticError as e:
        return "ArithmeticError:" + type(e).__name__
    except Exception:
        return "Exception"
for exc in [IndexError, KeyError("k"), ZeroDivisionError, ValueError, OverflowError]:
    print(which(exc))
print([c.__name__ for c in KeyError.__mro__])
