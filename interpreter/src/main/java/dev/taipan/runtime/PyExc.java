package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/** The built-in exception hierarchy, as CPython's, with BaseException's attributes and methods. */
public final class PyExc {
    private PyExc() {}

    /** Every built-in exception type in definition order (the builtins module exports them). */
    public static final List<PyType> ALL = new ArrayList<>();

    public static final PyType BaseException = root();
    public static final PyType BaseExceptionGroup = make("BaseExceptionGroup", BaseException);
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = make("SystemExit", BaseException);
    public static final PyType Exception = make("Exception", BaseException);
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = make("AssertionError", Exception);
    public static final PyType AttributeError = make("AttributeError", Exception);
    public static final PyType BufferError = make("BufferError", Exception);
    public static final PyType EOFError = make("EOFError", Exception);
    public static final PyType ExceptionGroup = make("ExceptionGroup", BaseExceptionGroup, Exception);
    public static final PyType ImportError = make("ImportError", Exception);
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = make("LookupError", Exception);
    public static final PyType IndexError = make("IndexError", LookupError);
    public static final PyType KeyError = make("KeyError", LookupError);
    public static final PyType MemoryError = make("MemoryError", Exception);
    public static final PyType NameError = make("NameError", Exception);
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    public static final PyType OSError = make("OSError", Exception);
    public static final PyType BlockingIOError = make("BlockingIOError", OSError);
    public static final PyType ChildProcessError = make("ChildProcessError", OSError);
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = make("FileExistsError", OSError);
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
    public static final PyType InterruptedError = make("InterruptedError", OSError);
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
    public static final PyType PermissionError = make("PermissionError", OSError);
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    public static final PyType ReferenceError = make("ReferenceError", Exception);
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    public static final PyType PythonFinalizationError = make("PythonFinalizationError", RuntimeError);
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    public static final PyType StopIteration = make("StopIteration", Exception);
    public static final PyType SyntaxError = make("SyntaxError", Exception);
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    public static final PyType TabError = make("TabError", IndentationError);
    public static final PyType SystemError = make("SystemError", Exception);
    public static final PyType TypeError = make("TypeError", Exception);
    public static final PyType ValueError = make("ValueError", Exception);
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = make("Warning", Exception);
    public static final PyType BytesWarning = make("BytesWarning", Warning);
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = make("EncodingWarning", Warning);
    public static final PyType FutureWarning = make("FutureWarning", Warning);
    public static final PyType ImportWarning = make("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = make("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
    public static final PyType UserWarning = make("UserWarning", Warning);

    static {
        ExceptionMethods.install();
        OsErrorMethods.install();
        UnicodeErrorMethods.install();
    }

    private static PyType root() {
        PyType t = new PyType("BaseException", PyType.OBJECT, true, PyBaseException::new);
        t.newFunction = (cls, args, kw) -> {
            PyBaseException e = (PyBaseException) cls.allocator.allocate(cls);
            int nkw = kw == null ? 0 : kw.length;
            PyObject[] pos = new PyObject[args.length - nkw];
            System.arraycopy(args, 0, pos, 0, pos.length);
            e.args = PyTuple.wrap(pos);
            return e;
        };
        t.define("__new__", new PyBuiltin.StaticNew(t));
        t.instancesHaveDict = true;
        ALL.add(t);
        return t;
    }

    private static PyType make(String name, PyType base, PyType... more) {
        PyType t = new PyType(name, base, true, null);
        if (more.length > 0) {
            PyType[] bases = new PyType[1 + more.length];
            bases[0] = base;
            System.arraycopy(more, 0, bases, 1, more.length);
            t.setBuiltinBases(bases);
        }
        t.instancesHaveDict = true;
        ALL.add(t);
        return t;
    }

    /** Makes a raisable exception of a built-in type with a message. */
    public static PyException of(PyType type, String msg) {
        return new PyException(new PyBaseException(type, PyStr.of(msg)));
    }
}
