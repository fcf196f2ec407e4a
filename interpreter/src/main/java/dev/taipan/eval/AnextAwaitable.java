package dev.taipan.eval;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.NativeAwaitable;
import dev.taipan.runtime.ThreadState;

/**
 * What `anext(it, default)` returns: an awaitable over `it.__anext__()` that evaluates to the
 * default instead of raising StopAsyncIteration. Awaited, it awaits the wrapped awaitable on the
 * awaiting stack; driven by hand (`__await__`, send, throw), it forwards to that awaitable's
 * iterator and turns StopAsyncIteration into StopIteration(default).
 */
public final class AnextAwaitable extends PyObject implements NativeAwaitable {
    static final PyType TYPE = new PyType("anext_awaitable", PyType.OBJECT, true, null).markFinal();

    static {
        TYPE.method0("__await__", self -> self);
        TYPE.method0("__iter__", self -> self);
        TYPE.method0("__next__", self -> ((AnextAwaitable) self).forward("__next__"));
        TYPE.method1("send", (self, v) -> ((AnextAwaitable) self).forward("send", v));
        TYPE.method("throw", (self, args, kw) -> {
            if (args.length < 1 || args.length > 3) throw Errors.typeError("throw expected at least 1 argument, got " + args.length);
            return ((AnextAwaitable) self).forward("throw", args);
        });
        TYPE.method0("close", self -> {
            AnextAwaitable a = (AnextAwaitable) self;
            PyObject close = a.iterator != null ? a.iterator.lookupAttr("close") : null;
            return close != null ? close.call() : PyNone.NONE;
        });
    }

    /** Installs the `anext` builtin. */
    public static void install(PyDict builtins) {
        builtins.putStr("anext", new PyBuiltin.Function("anext", "builtins", AnextAwaitable::anext));
    }

    /** anext(iterator[, default]). */
    static PyObject anext(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("anext", kwnames);
        if (args.length == 0) throw Errors.typeError("anext expected at least 1 argument, got 0");
        if (args.length > 2) throw Errors.typeError("anext expected at most 2 arguments, got " + args.length);
        PyObject it = args[0];
        if (it.type().lookup("__anext__") == null) throw Errors.typeError("'" + it.type().name + "' object is not an async iterator");
        PyObject awaitable = AsyncGenMethods.anext(it);
        return args.length == 1 ? awaitable : new AnextAwaitable(awaitable, args[1]);
    }

    private final PyObject wrapped;
    private final PyObject dflt;
    /** The wrapped awaitable's `__await__` iterator, once driven by hand. */
    private PyObject iterator;

    private AnextAwaitable(PyObject wrapped, PyObject dflt) {
        this.wrapped = wrapped;
        this.dflt = dflt;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject awaitNative(ThreadState ts) {
        try {
            return Awaits.await(wrapped);
        } catch (PyException e) {
            if (e.matches(PyExc.StopAsyncIteration)) return dflt;
            throw e;
        }
    }

    /** One step by hand: calls the iterator's method; the end of the wrapped iteration returns the default. */
    private PyObject forward(String method, PyObject... args) {
        if (iterator == null) iterator = Awaits.awaitIterator(wrapped);
        try {
            return Call.invoke(iterator, method, args);
        } catch (PyException e) {
            if (e.matches(PyExc.StopAsyncIteration)) throw Errors.stopIteration(dflt == PyNone.NONE ? null : dflt);
            throw e;
        }
    }

    @Override
    public long hash() {
        return identityHash();
    }
}
