package dev.taipan.runtime;

/** A function defined in Python: code, globals, defaults, closure cells and attributes. */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = new PyType("function", PyType.OBJECT, true, null).markFinal();

    public final Code code;
    public final PyDict globals;
    public final PyDict builtins;
    public PyObject[] defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    public PyObject module;
    public PyObject doc = PyNone.NONE;
    public PyDict annotations;
    private PyDict dict;
    /** True when a call with exactly argcount positional arguments needs no binding logic. */
    private final boolean simple;

    static {
        TYPE.method("__get__", (self, args, kw) -> {
            ArgParser.noKeywords("__get__", kw);
            if (args.length < 1 || args.length > 2) {
                throw Errors.typeError("expected 1 or 2 arguments, got " + args.length);
            }
            PyObject obj = args[0];
            if (obj == PyNone.NONE && (args.length < 2 || args[1] == PyNone.NONE)) {
                throw Errors.typeError("__get__(None, None) is invalid");
            }
            return obj == PyNone.NONE ? self : new PyMethod(self, obj);
        });
    }

    public PyFunction(Code code, PyDict globals, PyDict builtins, PyObject[] defaults, PyDict kwdefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PyNone.NONE : m;
        this.simple = !code.varargs && !code.varkw && code.kwonlyCount == 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    private Frame newFrame() {
        return new Frame(code, this, globals, builtins, code.nlocals);
    }

    /**
     * A fresh frame for a call with exactly n positional arguments and no keywords, or null when
     * the call needs argument binding. The caller stores the arguments in slots 0..n-1, then
     * calls {@link #enter(Frame)}.
     */
    public Frame directFrame(int n) {
        if (!simple || n != code.argcount) return null;
        return new Frame(code, this, globals, builtins, code.nlocals);
    }

    /** Runs a frame made by directFrame once its arguments are in place. */
    public PyObject enter(Frame f) {
        if (code.cellSlots.length != 0 || code.freeSlots.length != 0) setupCells(f);
        return code.execute(this, f);
    }

    /** Like enter(), for `await fn(...)`: a coroutine body runs inline, without a coroutine object. */
    public PyObject enterAwaited(Frame f) {
        if (code.cellSlots.length != 0 || code.freeSlots.length != 0) setupCells(f);
        return code.executeAwaited(this, f);
    }

    private void setupCells(Frame f) {
        PyObject[] locals = f.locals;
        for (int s : code.cellSlots) {
            locals[s] = new PyCell(locals[s]);
        }
        int[] free = code.freeSlots;
        for (int i = 0; i < free.length; i++) {
            locals[free[i]] = closure[i];
        }
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        Frame f = newFrame();
        if (simple && (kwnames == null || kwnames.length == 0) && args.length == code.argcount) {
            System.arraycopy(args, 0, f.locals, 0, args.length);
        } else {
            ArgBinder.bind(this, f.locals, null, args, kwnames);
        }
        if (code.cellSlots.length != 0 || code.freeSlots.length != 0) setupCells(f);
        return code.execute(this, f);
    }

    /** Calls as a method: self is the first positional argument. */
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        Frame f = newFrame();
        if (simple && (kwnames == null || kwnames.length == 0) && args.length + 1 == code.argcount) {
            f.locals[0] = self;
            System.arraycopy(args, 0, f.locals, 1, args.length);
        } else {
            ArgBinder.bind(this, f.locals, self, args, kwnames);
        }
        if (code.cellSlots.length != 0 || code.freeSlots.length != 0) setupCells(f);
        return code.execute(this, f);
    }

    @Override
    public boolean isDescriptor() {
        return true;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType owner) {
        return obj == null ? this : new PyMethod(this, obj);
    }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "__name__":
                return PyStr.of(name);
            case "__qualname__":
                return PyStr.of(qualname);
            case "__module__":
                return module;
            case "__doc__":
                return doc;
            case "__code__":
                return code;
            case "__call__":
                return new PyMethodWrapper("__call__", this, this::call);
            case "__globals__":
                return globals;
            case "__defaults__":
                return defaults == null || defaults.length == 0 ? PyNone.NONE : PyTuple.of(defaults);
            case "__kwdefaults__":
                return kwdefaults == null ? PyNone.NONE : kwdefaults;
            case "__closure__":
                return closure == null || closure.length == 0 ? PyNone.NONE : PyTuple.of(closure);
            case "__annotations__":
                if (annotations == null) annotations = new PyDict();
                return annotations;
            case "__dict__":
                return dict();
            default:
                return super.lookupAttr(attr);
        }
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        switch (attr) {
            case "__name__" -> name = value.str();
            case "__qualname__" -> qualname = value.str();
            case "__module__" -> module = value;
            case "__doc__" -> doc = value;
            case "__defaults__" -> defaults = value == PyNone.NONE ? null : Protocols.toArray(value);
            case "__kwdefaults__" -> kwdefaults = value == PyNone.NONE ? null : (PyDict) value;
            case "__annotations__" -> annotations = (PyDict) value;
            default -> dict().putStr(attr, value);
        }
    }

    @Override
    public String repr() {
        return "<function " + qualname + " at " + Ids.hexId(this) + ">";
    }

    @Override
    public long hash() {
        return identityHash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.identityCompare(this, other, op);
    }
}
