package dev.taipan.runtime;

import java.util.Arrays;

/**
 * contextvars.Context: a mapping from ContextVar to value. Each thread has a current context
 * (ThreadState.context, made lazily); ContextVar.set() replaces the current context's immutable
 * map, so copy() shares the map and costs O(1). The event loop runs every callback inside its
 * context with enter()/exit(), which allocate nothing.
 */
public final class PyContext extends PyObject {
    public static final PyType TYPE = new PyType("Context", PyType.OBJECT, true, null).markFinal();

    /** The bindings; replaced (never mutated) by ContextVar.set()/reset() while this context is current. */
    ContextHamt vars;
    /** The thread's context before enter(), restored by exit(). */
    private PyContext prev;
    private boolean entered;

    /** An empty context, as Context() makes. */
    public PyContext() {
        this(ContextHamt.EMPTY);
    }

    private PyContext(ContextHamt vars) {
        this.vars = vars;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- the Java API (used by asyncio) --------------------------------------------------------

    /** The current thread's context, created empty the first time it is needed. */
    public static PyContext current() {
        return current(ThreadState.current());
    }

    /** ts's current context, created empty the first time it is needed. */
    public static PyContext current(ThreadState ts) {
        PyContext c = ts.context;
        if (c == null) ts.context = c = new PyContext();
        return c;
    }

    /** contextvars.copy_context(): a copy of the current thread's context. */
    public static PyContext copyCurrent() {
        return current().copy();
    }

    /** A new context with the same bindings (O(1): the immutable map is shared). */
    public PyContext copy() {
        return new PyContext(vars);
    }

    /** True while this context is entered (current in some thread, possibly under others entered after it). */
    public boolean isEntered() {
        return entered;
    }

    /** Makes this the current thread's context; RuntimeError when it is already entered. */
    public void enter() {
        enter(ThreadState.current());
    }

    public void enter(ThreadState ts) {
        if (entered) throw Errors.runtimeError("cannot enter context: " + repr() + " is already entered");
        prev = ts.context;
        entered = true;
        ts.context = this;
    }

    /** Restores the context that was current before enter(). */
    public void exit() {
        exit(ThreadState.current());
    }

    public void exit(ThreadState ts) {
        if (!entered) throw Errors.runtimeError("cannot exit context: " + repr() + " has not been entered");
        if (ts.context != this) throw Errors.runtimeError("cannot exit context: thread state references a different context object");
        ts.context = prev;
        prev = null;
        entered = false;
    }

    /**
     * Context.run(callable, *args, **kwargs): calls callable inside this context. As with
     * PyObject.call, the last kwnames.length entries of args are keyword arguments (kwnames may be null).
     */
    public PyObject run(PyObject callable, PyObject[] args, String[] kwnames) {
        ThreadState ts = ThreadState.current();
        enter(ts);
        try {
            return callable.call(args, kwnames);
        } finally {
            exit(ts);
        }
    }

    /** The value bound to var here, or null. */
    public PyObject get(PyContextVar var) {
        return vars.get(var);
    }

    /** How many variables have a value here. */
    public int size() {
        return vars.size;
    }

    // ---- the mapping protocol ------------------------------------------------------------------

    private static PyContextVar key(PyObject key) {
        if (key instanceof PyContextVar v) return v;
        throw Errors.typeError("a ContextVar key was expected, got " + key.repr());
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = vars.get(key(key));
        if (v == null) throw Errors.keyError(key);
        return v;
    }

    @Override
    public boolean contains(PyObject key) {
        return vars.get(key(key)) != null;
    }

    @Override
    public int len() {
        return vars.size;
    }

    @Override
    public boolean isTrue() {
        return vars.size != 0;
    }

    @Override
    public PyObject iter() {
        return new ContextIterator(ContextIterator.KEYS, vars);
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: '_contextvars.Context'");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyContext o) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(vars.contentEquals(o.vars) == (op == CompareOp.EQ));
    }

    private static PyContext self(PyObject o) {
        return (PyContext) o;
    }

    static {
        PyType t = TYPE;
        t.module = "_contextvars";
        t.staticNew((cls, args, kw) -> {
            if (args.length > 0) throw Errors.typeError("Context() does not accept any arguments");
            return new PyContext();
        });
        t.method1("__getitem__", (self, k) -> self.getItem(k));
        t.method1("__contains__", (self, k) -> PyBool.of(self.contains(k)));
        t.method0("__len__", self -> PyInt.of(self(self).vars.size));
        t.method0("__iter__", PyObject::iter);
        for (CompareOp op : CompareOp.values()) {
            t.method1(op.dunder, (self, o) -> self.richCompare(o, op));
        }
        t.define("__hash__", PyNone.NONE);
        t.method("get", (self, args, kw) -> {
            ArgParser.noKeywords("Context.get", kw);
            ArgParser.count("get", args, null, 1, 2);
            PyObject v = self(self).vars.get(key(args[0]));
            return v != null ? v : args.length > 1 ? args[1] : PyNone.NONE;
        });
        t.method0("keys", self -> new ContextIterator(ContextIterator.KEYS, self(self).vars));
        t.method0("values", self -> new ContextIterator(ContextIterator.VALUES, self(self).vars));
        t.method0("items", self -> new ContextIterator(ContextIterator.ITEMS, self(self).vars));
        t.method0("copy", self -> self(self).copy());
        t.method("run", (self, args, kw) -> {
            int npos = args.length - Call.kwCount(kw);
            if (npos < 1) throw Errors.typeError("run() missing 1 required positional argument");
            return self(self).run(args[0], Arrays.copyOfRange(args, 1, args.length), kw);
        });
    }
}
