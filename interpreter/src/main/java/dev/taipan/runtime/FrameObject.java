package dev.taipan.runtime;

/** The Python view of a Frame: f_code, f_lineno, f_globals, f_locals, f_back, f_generator. */
public final class FrameObject extends PyObject {
    public static final PyType TYPE = new PyType("frame", PyType.OBJECT, true, null).markFinal();
    public final Frame frame;

    FrameObject(Frame frame) {
        this.frame = frame;
    }

    /** Gives the coroutine object of a coroutine frame that runs inline and has none yet (set by the evaluator). */
    public static java.util.function.Function<Frame, PyObject> inlineCoroutine;

    /** f_generator (3.14): the generator, coroutine or async generator running the frame, else None. */
    private static PyObject generatorOf(Frame f) {
        if (f.generator instanceof PyObject g) return g;
        if (f.code != null && (f.code.flags & Code.COROUTINE) != 0 && inlineCoroutine != null) return inlineCoroutine.apply(f);
        return PyNone.NONE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The locals of a frame as a dict (for locals(), vars() and f_locals). */
    public static PyDict localsOf(Frame f) {
        if (f.namespace instanceof PyDict d) return d;
        if (f.code != null && (f.code.flags & Code.MODULE) != 0) return f.globals;
        PyDict d = new PyDict();
        if (f.code == null) return d;
        for (int i = 0; i < f.code.nlocals; i++) {
            PyObject v = f.locals[i];
            if (v instanceof PyCell c && isCellSlot(f.code, i)) v = c.value;
            if (v != null) d.putStr(f.code.varnames[i], v);
        }
        return d;
    }

    private static boolean isCellSlot(Code c, int slot) {
        for (int s : c.cellSlots) if (s == slot) return true;
        for (int s : c.freeSlots) if (s == slot) return true;
        return false;
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "f_code" -> frame.code;
            case "f_lineno" -> PyInt.of(frame.line);
            case "f_globals" -> frame.globals;
            case "f_locals" -> localsOf(frame);
            case "f_back" -> frame.back == null ? PyNone.NONE : frame.back.asPython();
            case "f_builtins" -> frame.builtins;
            case "f_generator" -> generatorOf(frame);
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public String repr() {
        return "<frame at " + Ids.hexId(this) + ", file '" + frame.code.filename + "', line " + frame.line + ", code " + frame.code.name + ">";
    }
}
