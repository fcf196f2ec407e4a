package dev.taipan.eval;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;

/** The Python-visible methods of generators: __next__, send, throw, close. */
final class GeneratorMethods {
    private GeneratorMethods() {}

    static void install(PyType t) {
        t.method0("__iter__", self -> self);
        t.method0("__next__", self -> ((PyGenerator) self).send(PyNone.NONE));
        installProtocol(t, self -> (PyGenerator) self);
    }

    /** send, throw and close of the generator or coroutine that gen finds behind self. */
    private static void installProtocol(PyType t, java.util.function.Function<PyObject, PyGenerator> gen) {
        t.method1("send", (self, v) -> gen.apply(self).send(v));
        t.method("throw", (self, args, kw) -> gen.apply(self).throwIn(new PyException(thrown(args))));
        t.method0("close", self -> gen.apply(self).close());
    }

    static final PyType CORO_WRAPPER_TYPE = new PyType("coroutine_wrapper", PyType.OBJECT, true, null).markFinal();

    static {
        CORO_WRAPPER_TYPE.method0("__iter__", self -> self);
        CORO_WRAPPER_TYPE.method0("__next__", self -> ((CoroWrapper) self).coro.send(PyNone.NONE));
        installProtocol(CORO_WRAPPER_TYPE, self -> ((CoroWrapper) self).coro);
    }

    /** coroutine.__await__(): an iterator over the coroutine's suspensions. */
    static final class CoroWrapper extends PyObject {
        final PyGenerator coro;

        CoroWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return CORO_WRAPPER_TYPE;
        }
    }

    /** Coroutine objects: send, throw, close and __await__ (no __iter__/__next__). */
    static void installCoroutine(PyType t) {
        installProtocol(t, self -> (PyGenerator) self);
        t.method0("__await__", self -> new CoroWrapper((PyGenerator) self));
    }

    /** The exception of throw(typ[, val[, tb]]), after checking the argument count. */
    static PyBaseException thrown(PyObject[] args) {
        if (args.length < 1 || args.length > 3) throw Errors.typeError("throw expected at least 1 argument, got " + args.length);
        return exceptionFrom(args);
    }

    static PyBaseException exceptionFrom(PyObject[] args) {
        PyObject typ = args[0];
        if (typ instanceof PyBaseException e) {
            if (args.length > 1 && args[1] != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        if (typ instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject v = args.length > 1 ? args[1] : PyNone.NONE;
            if (v instanceof PyBaseException e && e.isInstance(t)) return e;
            PyObject inst = v == PyNone.NONE ? t.call() : (v instanceof dev.taipan.runtime.PyTuple tup ? t.call(tup.items) : t.call(v));
            return (PyBaseException) inst;
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not " + typ.type().name);
    }
}
