package dev.taipan.runtime;

/** A Python exception object (an instance of BaseException or a subclass, built-in or user-defined). */
public class PyBaseException extends PyObject {
    private final PyType cls;
    private PyDict dict;
    public PyTuple args = PyTuple.EMPTY;
    public PyTraceback traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** For exception groups: the sub-exceptions as a tuple (args[1] keeps the sequence as given). */
    public PyTuple groupExceptions;

    public PyBaseException(PyType cls) {
        this.cls = cls;
    }

    public PyBaseException(PyType cls, PyObject... args) {
        this.cls = cls;
        this.args = PyTuple.wrap(args);
    }

    @Override
    public final PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    /** An attribute stored in the instance dict (errno, value, code, ...), or null. */
    public PyObject slot(String name) {
        return dict == null ? null : dict.getStr(name);
    }

    public void setSlot(String name, PyObject value) {
        dict().putStr(name, value);
    }

    /**
     * The attributes built-in subclasses keep outside __dict__, as CPython's C struct members
     * (OSError's errno and filename, UnicodeError's start, ...): null until the type's
     * constructor (or a setter) fills them in; a missing name stands for CPython's NULL.
     */
    public java.util.HashMap<String, PyObject> fields;

    /** A field, or null when it is unset. */
    public PyObject field(String name) {
        return fields == null ? null : fields.get(name);
    }

    /** Sets a field (null removes it). */
    public void setField(String name, PyObject value) {
        if (fields == null) fields = new java.util.HashMap<>();
        if (value == null) fields.remove(name);
        else fields.put(name, value);
    }

    public PyException toThrowable() {
        return new PyException(this);
    }

    public boolean isInstance(PyType t) {
        return cls.isSubtypeOf(t);
    }

    /** Prepends a traceback entry as the exception leaves a frame (outermost entry first). */
    public void pushTraceback(Code code, Frame frame, int line, int col, int endLine, int endCol) {
        traceback = new PyTraceback(code, frame, line, col, endLine, endCol, traceback);
    }

    @Override
    public String str() {
        PyObject m = cls.lookup("__str__");
        if (m != null && !(m instanceof PyBuiltin.Method bm && bm.owner.builtin)) {
            return Protocols.strViaType(this);
        }
        return builtinStr();
    }

    /** BaseException.__str__ with the built-in subclasses' variants. */
    public String builtinStr() {
        return ExceptionText.str(this);
    }

    @Override
    public String repr() {
        PyObject m = cls.lookup("__repr__");
        if (m != null && !(m instanceof PyBuiltin.Method bm && bm.owner.builtin)) {
            return Protocols.reprViaType(this);
        }
        return builtinRepr();
    }

    public String builtinRepr() {
        String n = cls.name;
        if (args.size() == 1) return n + "(" + args.get(0).repr() + ")";
        return n + args.repr();
    }

    @Override
    public long hash() {
        PyObject m = cls.lookup("__hash__");
        if (m != null && !(m instanceof PyBuiltin.Method bm && bm.owner.builtin)) return super.hash();
        return identityHash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.richCompareDunder(this, other, op);
    }
}
