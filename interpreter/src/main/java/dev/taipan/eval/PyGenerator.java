package dev.taipan.eval;

import dev.taipan.runtime.Code;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.Ids;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFunction;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * A generator (or coroutine object): its frame runs on a one-shot continuation of its own,
 * created when first resumed; `yield` suspends it (DESIGN.md §4).
 */
final class PyGenerator extends PyObject {
    static final ContinuationScope SCOPE = new ContinuationScope("taipan-generator");
    static final PyType GENERATOR_TYPE = new PyType("generator", PyType.OBJECT, true, null).markFinal();
    static final PyType COROUTINE_TYPE = new PyType("coroutine", PyType.OBJECT, true, null).markFinal();
    static final PyType ASYNC_GENERATOR_TYPE = new PyType("async_generator", PyType.OBJECT, true, null).markFinal();

    static {
        GeneratorMethods.install(GENERATOR_TYPE);
        GeneratorMethods.install(COROUTINE_TYPE);
    }

    final FunctionCode code;
    final Frame frame;
    final PyFunction function;
    private Continuation cont;
    /** The generator whose continuation this frame's yields suspend (itself, or a delegating generator). */
    PyGenerator owner;
    PyObject sent;
    PyObject yielded;
    PyException toThrow;
    boolean running;
    boolean finished;
    /** Run inline by a delegating generator's `yield from`. */
    boolean delegated;
    private PyObject result;
    private PyException error;

    PyGenerator(FunctionCode code, Frame frame, PyFunction function) {
        this.code = code;
        this.frame = frame;
        this.function = function;
        this.owner = this;
        frame.generator = this;
    }

    @Override
    public PyType type() {
        if ((code.flags & Code.COROUTINE) != 0) return COROUTINE_TYPE;
        if ((code.flags & Code.ASYNC_GENERATOR) != 0) return ASYNC_GENERATOR_TYPE;
        return GENERATOR_TYPE;
    }

    boolean started() {
        return cont != null || delegated;
    }

    /**
     * Resumes with a value (or an exception to raise at the yield); returns the next yielded
     * value, or null when the generator finished (its return value is then in returnValue()).
     */
    PyObject resume(PyObject value, PyException exc) {
        if (running) throw Errors.valueError("generator already executing");
        if (delegated) throw Errors.valueError("generator already executing");
        if (finished) {
            if (exc != null) throw exc;
            result = PyNone.NONE;
            return null;
        }
        if (cont == null) {
            if (exc != null) {
                finished = true;
                throw exc;
            }
            if (value != PyNone.NONE) {
                throw Errors.typeError("can't send non-None value to a just-started generator");
            }
            cont = new Continuation(SCOPE, this::body);
        }
        sent = value;
        toThrow = exc;
        ThreadState ts = ThreadState.current();
        Frame savedFrame = ts.frame;
        PyBaseException savedHandled = ts.handled;
        frame.back = savedFrame;
        ts.frame = frame;
        running = true;
        try {
            cont.run();
        } finally {
            running = false;
            ts.frame = savedFrame;
            ts.handled = savedHandled;
        }
        if (cont.isDone()) {
            finished = true;
            if (internal != null) {
                Throwable t = internal;
                internal = null;
                if (t instanceof RuntimeException re) throw re;
                throw (Error) t;
            }
            if (error != null) {
                PyException e = error;
                error = null;
                throw e;
            }
            return null;
        }
        PyObject y = yielded;
        yielded = null;
        return y;
    }

    private void body() {
        try {
            result = code.runBody(frame);
        } catch (PyException e) {
            e.pushEntry(frame);
            e.locFrame = null;
            e.pushedFrame = null;
            if (e.matches(PyExc.StopIteration) && (code.flags & Code.COROUTINE) == 0) {
                PyBaseException re = new PyBaseException(PyExc.RuntimeError, PyStr.of("generator raised StopIteration"));
                re.cause = e.value;
                re.context = e.value;
                re.suppressContext = true;
                error = new PyException(re);
            } else {
                error = e;
            }
        } catch (StackOverflowError so) {
            error = Errors.recursionError();
        } catch (RuntimeException | Error internal) {
            this.internal = internal;
        }
    }

    /** A Java failure inside the body (a Taipan bug), carried out of the continuation to be rethrown. */
    private Throwable internal;

    PyObject returnValue() {
        return result == null ? PyNone.NONE : result;
    }

    /** Called by a yield in this generator's frame: suspends and returns the sent value. */
    PyObject yieldValue(PyObject v) {
        PyGenerator o = owner;
        o.yielded = v;
        Continuation.yield(SCOPE);
        PyException t = o.toThrow;
        if (t != null) {
            o.toThrow = null;
            throw t;
        }
        PyObject s = o.sent;
        o.sent = null;
        return s == null ? PyNone.NONE : s;
    }

    // ---- Python-level protocol -------------------------------------------------------------

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        return resume(PyNone.NONE, null);
    }

    /** send(v): the next yielded value, raising StopIteration(return value) at the end. */
    PyObject send(PyObject v) {
        PyObject r = resume(v, null);
        if (r == null) throw Errors.stopIteration(returnValue() == PyNone.NONE ? null : returnValue());
        return r;
    }

    PyObject throwIn(PyException e) {
        PyObject r = resume(PyNone.NONE, e);
        if (r == null) throw Errors.stopIteration(returnValue() == PyNone.NONE ? null : returnValue());
        return r;
    }

    /** close(): throws GeneratorExit in; returns the generator's return value if it returned instead. */
    PyObject close() {
        if (finished) return PyNone.NONE;
        if (cont == null) {
            finished = true;
            return PyNone.NONE;
        }
        PyException exit = new PyException(new PyBaseException(PyExc.GeneratorExit));
        PyObject r;
        try {
            r = resume(PyNone.NONE, exit);
        } catch (PyException e) {
            if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration)) return PyNone.NONE;
            throw e;
        }
        if (r != null) throw Errors.runtimeError("generator ignored GeneratorExit");
        return returnValue();
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "__name__" -> PyStr.of(function != null ? function.name : code.name);
            case "__qualname__" -> PyStr.of(function != null ? function.qualname : code.qualname);
            case "gi_running", "cr_running" -> PyBool.of(running);
            case "gi_frame", "cr_frame" -> finished ? PyNone.NONE : frame.asPython();
            case "gi_code", "cr_code" -> code;
            case "gi_suspended", "cr_suspended" -> PyBool.of(cont != null && !running && !finished);
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public String repr() {
        String kind = type().name;
        return "<" + kind + " object " + (function != null ? function.qualname : code.qualname) + " at " + Ids.hexId(this) + ">";
    }

    @Override
    public long hash() {
        return identityHash();
    }
}
