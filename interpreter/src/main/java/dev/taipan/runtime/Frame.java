package dev.taipan.runtime;

/** The activation of one code object: local slots, globals, the current line, and the caller. */
public final class Frame {
    public final Code code;
    public final PyObject[] locals;
    public final PyDict globals;
    public final PyDict builtins;
    /** The class namespace while a class body runs (names go there instead of slots), else null. */
    public PyObject namespace;
    /** The function being run, or null for module and class bodies. */
    public final PyFunction function;
    /** The value of a return statement, carried to the function boundary. */
    public PyObject ret;
    /** Line of the statement being executed. */
    public int line;
    public Frame back;
    /** The generator or coroutine running this frame, or null. */
    public Object generator;
    /**
     * What this frame's current `await`, `yield from` or async for/with step waits on, while it does, else
     * null (cr_await, gi_yieldfrom, ag_await): the awaitable or iterator, or the Frame of a coroutine
     * function awaited without a coroutine object. Kept on the frame, not the coroutine object, so that
     * coroutines run inline (with no object) still form a chain (call graphs, asyncio ps).
     */
    public Object awaiting;
    private PyObject view;

    public Frame(Code code, PyFunction function, PyDict globals, PyDict builtins, int nlocals) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = nlocals == 0 ? EMPTY : new PyObject[nlocals];
    }

    private static final PyObject[] EMPTY = new PyObject[0];

    /** Whether the Python-visible frame object has been made (then its f_locals must stay readable). */
    public boolean hasView() {
        return view != null;
    }

    /** The Python-visible frame object (tb_frame, sys._getframe()). */
    public PyObject asPython() {
        if (view == null) view = new FrameObject(this);
        return view;
    }
}
