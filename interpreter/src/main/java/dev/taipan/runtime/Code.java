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
    public final int flags;

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

    /** Runs the body of fn in a frame whose parameters are already bound; returns its result. */
    public abstract PyObject execute(PyFunction fn, Frame frame);

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
            case "co_flags" -> PyInt.of((flags & GENERATOR) != 0 ? 0x20 : (flags & COROUTINE) != 0 ? 0x80 : (flags & ASYNC_GENERATOR) != 0 ? 0x200 : 0);
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
