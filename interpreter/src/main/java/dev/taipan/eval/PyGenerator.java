package dev.taipan.eval;

import dev.taipan.runtime.AwaitDriver;
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
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * A generator, coroutine or async generator object. Its frame runs on a one-shot continuation of
 * its own, created when it is first resumed by hand (DESIGN.md §4): `yield` suspends GEN_SCOPE;
 * an await inside a coroutine driven by hand suspends CORO_SCOPE. A coroutine that is awaited
 * before it starts never gets a continuation: its body runs inline ({@link #runInline}).
 */
final class PyGenerator extends PyObject implements AwaitDriver, dev.taipan.runtime.Pushable {
    static final ContinuationScope SCOPE = new ContinuationScope("taipan-generator");
    static final ContinuationScope CORO_SCOPE = new ContinuationScope("taipan-coroutine");
    static final PyType GENERATOR_TYPE = new PyType("generator", PyType.OBJECT, true, null).markFinal();
    static final PyType COROUTINE_TYPE = new PyType("coroutine", PyType.OBJECT, true, null).markFinal();
    static final PyType ASYNC_GENERATOR_TYPE = new PyType("async_generator", PyType.OBJECT, true, null).markFinal();

    static {
        GeneratorMethods.install(GENERATOR_TYPE);
        GeneratorMethods.installCoroutine(COROUTINE_TYPE);
        AsyncGenMethods.install(ASYNC_GENERATOR_TYPE);
        dev.taipan.runtime.WeakRefs.allow(GENERATOR_TYPE, COROUTINE_TYPE, ASYNC_GENERATOR_TYPE);
        dev.taipan.runtime.FrameObject.inlineCoroutine = PyGenerator::awaitedObject;
    }

    final FunctionCode code;
    final Frame frame;
    final PyFunction function;
    private final int kind;
    private Continuation cont;
    /** The generator whose continuation this frame's yields suspend (itself, or a delegating generator). */
    PyGenerator owner;
    PyObject sent;
    PyObject yielded;
    PyException toThrow;
    boolean running;
    boolean finished;
    /** Run inline by a delegating generator's `yield from`, or (a coroutine) by an await. */
    boolean delegated;
    /** An async generator's aclose() has run (or it was closed before starting). */
    boolean closed;
    /** The async generator's first-iteration hook (sys.set_asyncgen_hooks) has been called. */
    boolean hooksCalled;
    private PyObject result;
    private PyException error;
    /** The coroutine's never-awaited tracker, or null. */
    NeverAwaited.Ref tracker;
    /** cr_origin: where the coroutine was created ((filename, line, function) innermost first), or null when not tracked. */
    PyTuple origin;
    /** __name__ and __qualname__ once assigned (until then, the function's). */
    private PyStr name, qualname;

    PyGenerator(FunctionCode code, Frame frame, PyFunction function) {
        this.code = code;
        this.frame = frame;
        this.function = function;
        this.owner = this;
        this.kind = code.flags & (Code.GENERATOR | Code.COROUTINE | Code.ASYNC_GENERATOR);
        frame.generator = this;
        if (frame.line == 0) frame.line = code.firstLine;
        if (kind == Code.COROUTINE) {
            tracker = NeverAwaited.track(this);
            ThreadState ts = ThreadState.current();
            if (ts.coroOriginDepth > 0) origin = NeverAwaited.originOf(ts.frame, ts.coroOriginDepth);
        }
    }

    /** A coroutine object for a frame already running inline (awaited with no coroutine object): started, never tracked. */
    private PyGenerator(Frame running) {
        this.code = (FunctionCode) running.code;
        this.frame = running;
        this.function = running.function;
        this.owner = this;
        this.kind = Code.COROUTINE;
        this.delegated = true;
        running.generator = this;
    }

    /** The Python-visible object of what a frame awaits: a coroutine function's inline frame gets its coroutine object made now. */
    private static PyObject awaitedObject(Object awaited) {
        if (awaited instanceof Frame f) return f.generator instanceof PyGenerator g ? g : new PyGenerator(f);
        return (PyObject) awaited;
    }

    @Override
    public PyType type() {
        if (kind == Code.COROUTINE) return COROUTINE_TYPE;
        if (kind == Code.ASYNC_GENERATOR) return ASYNC_GENERATOR_TYPE;
        return GENERATOR_TYPE;
    }

    boolean isCoroutine() {
        return kind == Code.COROUTINE;
    }

    boolean isAsyncGen() {
        return kind == Code.ASYNC_GENERATOR;
    }

    boolean started() {
        return cont != null || delegated;
    }

    private void markStarted() {
        if (tracker != null) {
            NeverAwaited.forget(tracker);
            tracker = null;
        }
    }

    /**
     * Resumes with a value (or an exception to raise at the suspension point); returns the next
     * yielded value, or null when the body finished (its return value is then in returnValue()).
     */
    PyObject resume(PyObject value, PyException exc) {
        if (running || delegated) throw alreadyRunning();
        if (finished) {
            if (exc != null) throw exc;
            if (kind == Code.COROUTINE) throw Errors.runtimeError("cannot reuse already awaited coroutine");
            result = PyNone.NONE;
            return null;
        }
        if (cont == null) {
            if (exc != null) {
                finished = true;
                markStarted();
                throw exc;
            }
            if (value != PyNone.NONE) {
                throw Errors.typeError("can't send non-None value to a just-started " + kindName());
            }
            markStarted();
            cont = new Continuation(kind == Code.COROUTINE ? CORO_SCOPE : SCOPE, this::body);
        }
        sent = value;
        toThrow = exc;
        ThreadState ts = ThreadState.current();
        Frame savedFrame = ts.frame;
        PyBaseException savedHandled = ts.handled;
        int savedDepth = ts.depth;
        suspendBase = savedDepth;
        AwaitDriver savedDriver = ts.awaitDriver;
        if (kind == Code.COROUTINE) ts.awaitDriver = this;
        frame.back = savedFrame;
        ts.frame = frame;
        running = true;
        try {
            cont.run();
        } finally {
            running = false;
            // suspended, the frame has no caller (as CPython's): the resumer's frame and its locals are not kept alive
            frame.back = null;
            ts.frame = savedFrame;
            ts.handled = savedHandled;
            ts.depth = savedDepth;
            ts.awaitDriver = savedDriver;
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
            releaseLocals();
            return null;
        }
        PyObject y = yielded;
        yielded = null;
        return y;
    }

    private PyException alreadyRunning() {
        return switch (kind) {
            case Code.COROUTINE -> Errors.valueError("coroutine already executing");
            case Code.ASYNC_GENERATOR -> Errors.valueError("async generator already executing");
            default -> Errors.valueError("generator already executing");
        };
    }

    String kindName() {
        return switch (kind) {
            case Code.COROUTINE -> "coroutine";
            case Code.ASYNC_GENERATOR -> "async generator";
            default -> "generator";
        };
    }

    private void body() {
        try {
            result = code.runBody(frame);
        } catch (PyException e) {
            e.pushEntry(frame);
            e.locFrame = null;
            e.pushedFrame = null;
            error = convertStop(e);
        } catch (StackOverflowError so) {
            error = Errors.recursionError();
        } catch (RuntimeException | Error internal) {
            this.internal = internal;
        }
    }

    /** PEP 479: a StopIteration (or, in an async generator, StopAsyncIteration) escaping the body becomes a RuntimeError. */
    PyException convertStop(PyException e) {
        boolean stop = e.matches(PyExc.StopIteration);
        boolean astop = kind == Code.ASYNC_GENERATOR && e.matches(PyExc.StopAsyncIteration);
        if (!stop && !astop) return e;
        PyBaseException re = new PyBaseException(PyExc.RuntimeError,
                PyStr.of(kindName() + " raised " + (stop ? "StopIteration" : "StopAsyncIteration")));
        re.cause = e.value;
        re.context = e.value;
        re.suppressContext = true;
        return new PyException(re);
    }

    /** Runs an unstarted coroutine's body on the caller's stack (an await); returns its result. */
    PyObject runInline() {
        if (finished) throw Errors.runtimeError("cannot reuse already awaited coroutine");
        markStarted();
        delegated = true;
        try {
            PyObject r = code.run(frame);
            releaseLocals();
            return r;
        } catch (PyException e) {
            throw convertStop(e);
        } finally {
            delegated = false;
            finished = true;
        }
    }

    /**
     * After a return: the finished frame lets go of its locals, as CPython clears a finished
     * generator's frame, so that a coroutine or task kept after it is done (a protocol's handler task,
     * say) does not keep alive what it used. Kept when Python code has seen the frame object.
     */
    private void releaseLocals() {
        if (!frame.hasView()) java.util.Arrays.fill(frame.locals, null);
        frame.awaiting = null;
    }

    /** A Java failure inside the body (a Taipan bug), carried out of the continuation to be rethrown. */
    private Throwable internal;

    PyObject returnValue() {
        return result == null ? PyNone.NONE : result;
    }

    // ---- push mode: run to the end on the consumer's stack ----------------------------------

    /** The consumer while pushed, with the frame and handled exception it runs with. */
    private Sink sink;
    private Frame sinkFrame;
    private PyBaseException sinkHandled;
    /** Why the consumer stopped early: its exception, or (null with sinkStopped) a break. */
    private Throwable sinkError;
    private boolean sinkStopped;

    /** Unwinds a pushed generator that yielded again while being closed (it is abandoned, as CPython's close leaves it). */
    private static final class Abandoned extends Error {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    @Override
    public boolean pushable() {
        return (kind == Code.GENERATOR || kind == Code.ASYNC_GENERATOR) && cont == null && !delegated && !finished && !running;
    }

    /**
     * Runs this unstarted generator to its end with its frame on the caller's stack, as `yield from`
     * runs one inline: each yield hands its value to s, which runs with the consumer's frame current.
     * When the consumer stops early, GeneratorExit is raised at the yield, as close() would.
     */
    @Override
    public void push(Sink s) {
        ThreadState ts = ThreadState.current();
        if (ts.depth + 1 > ts.interp.recursionLimit) throw Errors.recursionError();
        markStarted();
        delegated = true;
        sink = s;
        Frame consumer = ts.frame;
        sinkFrame = consumer;
        sinkHandled = ts.handled;
        frame.back = consumer;
        ts.frame = frame;
        ts.depth++;
        try {
            code.runBody(frame);
        } catch (PyException e) {
            e.pushEntry(frame);
            e.locFrame = null;
            e.pushedFrame = null;
            if (sinkError == null && !sinkStopped) throw convertStop(e);
            if (!e.matches(PyExc.GeneratorExit) && !e.matches(PyExc.StopIteration)) {
                dev.taipan.runtime.Warnings.writeUnraisable(ts.interp, e.value, this, true);
            }
        } catch (Abandoned a) {
            // reported when it yielded
        } catch (StackOverflowError so) {
            if (sinkError == null) throw Errors.recursionError();
        } finally {
            ts.frame = consumer;
            ts.handled = sinkHandled;
            ts.depth--;
            delegated = false;
            finished = true;
            sink = null;
            sinkFrame = null;
            sinkHandled = null;
        }
        Throwable err = sinkError;
        if (err != null) {
            sinkError = null;
            if (err instanceof RuntimeException re) throw re;
            throw (Error) err;
        }
    }

    /** A yield of a pushed generator: the consumer takes the value; a stopped consumer gets GeneratorExit thrown in. */
    private PyObject pushValue(PyObject v) {
        ThreadState ts = ThreadState.current();
        if (sinkError != null || sinkStopped) {
            PyException ignored = Errors.runtimeError("generator ignored GeneratorExit");
            ignored.pushEntry(sinkFrame);  // CPython's close() runs where the loop dropped the generator
            dev.taipan.runtime.Warnings.writeUnraisable(ts.interp, ignored.value, this, true);
            throw new Abandoned();
        }
        Frame genFrame = ts.frame;
        PyBaseException genHandled = ts.handled;
        int depth = ts.depth;
        ts.frame = sinkFrame;
        ts.handled = sinkHandled;
        boolean more;
        try {
            more = sink.accept(v);
        } catch (RuntimeException | Error e) {
            sinkError = e;
            more = false;
        } finally {
            ts.frame = genFrame;
            ts.handled = genHandled;
            ts.depth = depth;
        }
        if (!more) {
            if (sinkError == null) sinkStopped = true;
            throw new PyException(new PyBaseException(PyExc.GeneratorExit));
        }
        return PyNone.NONE;
    }

    /** Called by a yield in this generator's frame: suspends and returns the sent value. */
    PyObject yieldValue(PyObject v) {
        PyGenerator o = owner;
        if (o.sink != null) return o.pushValue(v);
        o.yielded = v;
        ThreadState ts = ThreadState.current();
        Frame fr = ts.frame;
        PyBaseException handled = ts.handled;
        Continuation.yield(SCOPE);
        ts.frame = fr;
        ts.handled = handled;
        PyException t = o.toThrow;
        if (t != null) {
            o.toThrow = null;
            throw t;
        }
        PyObject s = o.sent;
        o.sent = null;
        return s == null ? PyNone.NONE : s;
    }

    /** An await in this coroutine (driven by hand) that must suspend: hands `y` to the caller of send(). */
    @Override
    public PyObject suspend(PyObject y) {
        yielded = y;
        yieldByHand(this, () -> suspendBase);
        return takeSent();
    }

    /**
     * Suspends the CORO_SCOPE continuation of something driven by hand (a coroutine, an asend()),
     * keeping the suspended code's frame, handled exception and depth (relative to the depth it is
     * resumed at, which base reads then) across the suspension.
     */
    static void yieldByHand(AwaitDriver driver, java.util.function.IntSupplier base) {
        ThreadState ts = ThreadState.current();
        Frame fr = ts.frame;
        PyBaseException handled = ts.handled;
        int depth = ts.depth - base.getAsInt();
        Continuation.yield(CORO_SCOPE);
        ts.frame = fr;
        ts.handled = handled;
        ts.depth = base.getAsInt() + depth;
        ts.awaitDriver = driver;
    }

    /** The depth at which the continuation was last resumed (to carry a suspended stack's depth across resumes). */
    int suspendBase;

    private PyObject takeSent() {
        PyException t = toThrow;
        if (t != null) {
            toThrow = null;
            throw t;
        }
        PyObject s = sent;
        sent = null;
        return s == null ? PyNone.NONE : s;
    }

    // ---- Python-level protocol -------------------------------------------------------------

    @Override
    public PyObject iter() {
        if (kind != Code.GENERATOR) throw Errors.typeError("'" + type().name + "' object is not iterable");
        return this;
    }

    @Override
    public PyObject next() {
        if (kind != Code.GENERATOR) throw Errors.typeError("'" + type().name + "' object is not an iterator");
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
        if (running || delegated) throw alreadyRunning();
        if (cont == null) {
            finished = true;
            markStarted();
            releaseLocals();
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
        if (r != null) throw Errors.runtimeError(kindName() + " ignored GeneratorExit");
        return returnValue();
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.length() > 3 && name.charAt(2) == '_' && !name.startsWith(attrPrefix())
                && (name.startsWith("gi_") || name.startsWith("cr_") || name.startsWith("ag_"))) {
            return super.lookupAttr(name);  // a generator has only gi_ attributes, a coroutine cr_, an async generator ag_
        }
        return switch (name) {
            case "__name__" -> nameObject();
            case "__qualname__" -> qualnameObject();
            case "gi_running", "cr_running" -> PyBool.of(executing());
            case "ag_running" -> PyBool.of(running);
            case "gi_frame", "cr_frame", "ag_frame" -> finished ? PyNone.NONE : frame.asPython();
            case "gi_code", "cr_code", "ag_code" -> code;
            case "gi_suspended", "cr_suspended", "ag_suspended" -> PyBool.of(suspended());
            case "cr_await", "gi_yieldfrom", "ag_await" -> frame.awaiting != null && suspended() ? awaitedObject(frame.awaiting) : PyNone.NONE;
            case "cr_origin" -> origin == null ? PyNone.NONE : origin;
            default -> super.lookupAttr(name);
        };
    }

    private String attrPrefix() {
        return kind == Code.COROUTINE ? "cr_" : kind == Code.ASYNC_GENERATOR ? "ag_" : "gi_";
    }

    @Override
    public void setAttr(String name, PyObject value) {
        switch (name) {
            case "__name__" -> this.name = nameValue("__name__", value);
            case "__qualname__" -> this.qualname = nameValue("__qualname__", value);
            default -> super.setAttr(name, value);
        }
    }

    @Override
    public void delAttr(String name) {
        if (name.equals("__name__") || name.equals("__qualname__")) nameValue(name, null);
        super.delAttr(name);
    }

    private static PyStr nameValue(String attr, PyObject value) {
        if (value instanceof PyStr s) return s;
        throw Errors.typeError(attr + " must be set to a string object");
    }

    private PyStr nameObject() {
        return name != null ? name : PyStr.of(function != null ? function.name : code.name);
    }

    private PyStr qualnameObject() {
        return qualname != null ? qualname : PyStr.of(function != null ? function.qualname : code.qualname);
    }

    /** The qualified name reprs show (assignable through __qualname__). */
    String qualname() {
        return qualname != null ? qualname.value : function != null ? function.qualname : code.qualname;
    }

    /** The frame is executing: it is on the current thread's stack (not suspended at a yield or an await). */
    private boolean executing() {
        if (finished || !started()) return false;
        for (Frame f = ThreadState.current().frame; f != null; f = f.back) {
            if (f == frame) return true;
        }
        return false;
    }

    /** Started, not finished, and not executing: stopped at a yield, or at an await whose driver is suspended. */
    private boolean suspended() {
        return started() && !finished && !executing();
    }

    /** The line a suspended or running coroutine is at (Task reprs: "running at file:line"). */
    int currentLine() {
        return frame.line > 0 ? frame.line : code.firstLine;
    }

    @Override
    public String repr() {
        String kind = type().name;
        return "<" + kind + " object " + qualname() + " at " + Ids.hexId(this) + ">";
    }

    /** Coroutines are hashed by gather() (a dict keyed by its arguments): a sequence number avoids the id() table. */
    private static final java.util.concurrent.atomic.AtomicLong HASHES = new java.util.concurrent.atomic.AtomicLong(0x7e2b1c00000L);
    private long hashValue;

    @Override
    public long hash() {
        long h = hashValue;
        if (h == 0) hashValue = h = HASHES.getAndIncrement();
        return h;
    }
}
