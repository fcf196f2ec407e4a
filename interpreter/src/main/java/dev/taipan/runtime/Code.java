package dev.taipan.runtime;

/**
 * A compiled function body (Python's code object): its parameter layout, local slots and
 * source position. The evaluator supplies the subclass that actually runs the body.
 */
public abstract class Code extends PyObject {
    public static final PyType TYPE = new PyType("code", PyType.OBJECT, true, null).markFinal();

    public static final int GENERATOR = 1, COROUTINE = 2, ASYNC_GENERATOR = 4, CLASS_BODY = 8, MODULE = 16;

    public final String name;
    public String qualname;
    public final String filename;
    /** The whole source file's lines (index 0 is line 1), for tracebacks. */
    public final String[] sourceLines;
    public final int firstLine;
    /** Positional parameters, including positional-only ones. */
    public final int argcount;
    public final int posonlyCount;
    public final int kwonlyCount;
    public final boolean varargs;
    public final boolean varkw;
    /** Slot names: positional params, keyword-only params, *args, **kwargs, then the other locals. */
    public final String[] varnames;
    public final int nlocals;
    /** Slots whose variable lives in a cell (captured by an inner function). */
    public final int[] cellSlots;
    /** Slots filled, in order, from the function's closure. */
    public final int[] freeSlots;
    public int flags;

    protected Code(String name, String qualname, String filename, String[] sourceLines, int firstLine, int argcount,
                   int posonlyCount, int kwonlyCount, boolean varargs, boolean varkw, String[] varnames, int[] cellSlots,
                   int[] freeSlots, int flags) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.sourceLines = sourceLines;
        this.firstLine = firstLine;
        this.argcount = argcount;
        this.posonlyCount = posonlyCount;
        this.kwonlyCount = kwonlyCount;
        this.varargs = varargs;
        this.varkw = varkw;
        this.varnames = varnames;
        this.nlocals = varnames.length;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
        this.flags = flags;
    }

    /** CPython's co_flags bits (inspect.CO_*). */
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10,
            CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;

    /** co_flags as CPython computes it: function bodies are optimized with new locals, nested inside another function or not. */
    public int coFlags() {
        int f = 0;
        if ((flags & (MODULE | CLASS_BODY)) == 0) {
            f |= CO_OPTIMIZED | CO_NEWLOCALS;
            if (qualname != null && qualname.contains("<locals>")) f |= CO_NESTED;
        }
        if (varargs) f |= CO_VARARGS;
        if (varkw) f |= CO_VARKEYWORDS;
        if ((flags & GENERATOR) != 0) f |= CO_GENERATOR;
        if ((flags & COROUTINE) != 0) f |= CO_COROUTINE;
        if ((flags & ASYNC_GENERATOR) != 0) f |= CO_ASYNC_GENERATOR;
        if ((flags & CO_ITERABLE_COROUTINE) != 0) f |= CO_ITERABLE_COROUTINE; // types.coroutine() marks the code with this bit
        return f;
    }

    /** Runs the body of fn in a frame whose parameters are already bound; returns its result. */
    public abstract PyObject execute(PyFunction fn, Frame frame);

    /** `await fn(...)`: a coroutine function's body runs at once, with no coroutine object; others as execute(). */
    public PyObject executeAwaited(PyFunction fn, Frame frame) {
        return execute(fn, frame);
    }

    public String sourceLine(int line) {
        if (sourceLines == null || line < 1 || line > sourceLines.length) return null;
        return sourceLines[line - 1];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String attr) {
        return switch (attr) {
            case "co_name" -> PyStr.of(name);
            case "co_qualname" -> PyStr.of(qualname);
            case "co_filename" -> PyStr.of(filename);
            case "co_firstlineno" -> PyInt.of(firstLine);
            case "co_argcount" -> PyInt.of(argcount);
            case "co_posonlyargcount" -> PyInt.of(posonlyCount);
            case "co_kwonlyargcount" -> PyInt.of(kwonlyCount);
            case "co_nlocals" -> PyInt.of(nlocals);
            case "co_flags" -> PyInt.of(coFlags());
            case "co_varnames" -> {
                PyObject[] v = new PyObject[varnames.length];
                for (int i = 0; i < v.length; i++) v[i] = PyStr.of(varnames[i]);
                yield PyTuple.wrap(v);
            }
            default -> super.lookupAttr(attr);
        };
    }

    @Override
    public String repr() {
        return "<code object " + name + " at " + Ids.hexId(this) + ", file \"" + filename + "\", line " + firstLine + ">";
    }
}
