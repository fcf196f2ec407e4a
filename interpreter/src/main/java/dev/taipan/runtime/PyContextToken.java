package dev.taipan.runtime;

/** contextvars.Token: what ContextVar.set() returns, to undo that set once with ContextVar.reset(). */
public final class PyContextToken extends PyObject {
    public static final PyType TYPE = new PyType("Token", PyType.OBJECT, true, null).markFinal();
    /** The type of Token.MISSING (repr <class 'Token.MISSING'>). */
    public static final PyType MISSING_TYPE = new PyType("MISSING", PyType.OBJECT, true, null).markFinal();
    /** Token.MISSING: the old_value of a token made when the variable had no value. */
    public static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() {
            return MISSING_TYPE;
        }

        @Override
        public String repr() {
            return "<Token.MISSING>";
        }
    };

    /** The context the set happened in; reset() must run in the same one. */
    public final PyContext context;
    public final PyContextVar var;
    /** The value before the set, or null when the variable had none. */
    public final PyObject oldValue;
    boolean used;

    PyContextToken(PyContext context, PyContextVar var, PyObject oldValue) {
        this.context = context;
        this.var = var;
        this.oldValue = oldValue;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** True once reset() has consumed this token. */
    public boolean used() {
        return used;
    }

    @Override
    public String repr() {
        return "<Token" + (used ? " used" : "") + " var=" + var.repr() + " at " + Ids.hexId(this) + ">";
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: '_contextvars.Token'");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.identityCompare(this, other, op);
    }

    private static PyContextToken self(PyObject o) {
        return (PyContextToken) o;
    }

    private static java.util.function.BiConsumer<PyObject, PyObject> notWritable(String attr) {
        return (o, v) -> {
            throw Errors.attributeError("attribute '" + attr + "' of '_contextvars.Token' objects is not writable");
        };
    }

    static {
        TYPE.module = "_contextvars";
        TYPE.staticNew((cls, args, kw) -> {
            throw Errors.runtimeError("Tokens can only be created by ContextVars");
        });
        TYPE.define("var", new PyGetSet(TYPE, "var", o -> self(o).var, notWritable("var")));
        TYPE.define("old_value", new PyGetSet(TYPE, "old_value", o -> {
            PyObject v = self(o).oldValue;
            return v == null ? MISSING : v;
        }, notWritable("old_value")));
        TYPE.define("MISSING", MISSING);
        TYPE.method0("__repr__", o -> PyStr.of(o.repr()));
        TYPE.define("__hash__", PyNone.NONE);
        // 3.14: a token is a context manager whose exit resets its variable.
        TYPE.method0("__enter__", o -> o);
        TYPE.define("__exit__", PyBuiltin.Method.arity(TYPE, "__exit__", 3, (o, a) -> {
            self(o).var.reset(self(o));
            return PyNone.NONE;
        }));
        PyGenericAlias.install(TYPE);

        MISSING_TYPE.module = "Token";
        MISSING_TYPE.staticNew((cls, args, kw) -> {
            throw Errors.typeError("cannot create 'Token.MISSING' instances");
        });
    }
}
