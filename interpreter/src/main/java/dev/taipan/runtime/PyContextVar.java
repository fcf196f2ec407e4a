package dev.taipan.runtime;

import java.util.concurrent.atomic.AtomicLong;

/** contextvars.ContextVar: a named variable whose value lives in the current Context. */
public final class PyContextVar extends PyObject {
    public static final PyType TYPE = new PyType("ContextVar", PyType.OBJECT, true, null).markFinal();

    private static final AtomicLong CREATED = new AtomicLong();

    /** The name given at creation (a str). */
    public final PyObject name;
    /** The default given at creation, or null when there is none. */
    public final PyObject defaultValue;
    /** A hash no other variable has: a bijective scramble of a creation counter (ContextHamt relies on it). */
    final long hamtHash;

    public PyContextVar(PyObject name, PyObject defaultValue) {
        if (!(name instanceof PyStr)) throw Errors.typeError("context variable name must be a str");
        this.name = name;
        this.defaultValue = defaultValue;
        this.hamtHash = scramble(CREATED.incrementAndGet());
    }

    /** SplitMix64's finalizer: invertible, so distinct counters give distinct hashes, spread over all 64 bits. */
    private static long scramble(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * The value in the current context; else fallback when it is not null; else the variable's
     * default; else null. Never creates the thread's context.
     */
    public PyObject get(PyObject fallback) {
        PyContext ctx = ThreadState.current().context;
        PyObject v = ctx == null ? null : ctx.vars.get(this);
        if (v != null) return v;
        return fallback != null ? fallback : defaultValue;
    }

    /** ContextVar.get(): like get(null) but raising LookupError when there is no value. */
    public PyObject get() {
        PyObject v = get(null);
        if (v == null) throw lookupError();
        return v;
    }

    /** Binds value in the current context; the token restores the previous state. */
    public PyContextToken set(PyObject value) {
        PyContext ctx = PyContext.current();
        PyContextToken token = new PyContextToken(ctx, this, ctx.vars.get(this));
        ctx.vars = ctx.vars.with(this, value);
        return token;
    }

    /** Restores the value this variable had before the set() that made token. */
    public void reset(PyContextToken token) {
        if (token.used) throw Errors.runtimeError(token.repr() + " has already been used once");
        if (token.var != this) throw Errors.valueError(token.repr() + " was created by a different ContextVar");
        PyContext ctx = PyContext.current();
        if (ctx != token.context) throw Errors.valueError(token.repr() + " was created in a different Context");
        token.used = true;
        if (token.oldValue != null) {
            ctx.vars = ctx.vars.with(this, token.oldValue);
            return;
        }
        ContextHamt without = ctx.vars.without(this);
        if (without == ctx.vars) throw lookupError();
        ctx.vars = without;
    }

    private PyException lookupError() {
        return new PyException(new PyBaseException(PyExc.LookupError, this));
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("<ContextVar name=").append(name.repr());
        if (defaultValue != null) sb.append(" default=").append(defaultValue.repr());
        return sb.append(" at ").append(Ids.hexId(this)).append('>').toString();
    }

    @Override
    public long hash() {
        return hamtHash == -1 ? -2 : hamtHash;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.identityCompare(this, other, op);
    }

    private static PyContextVar self(PyObject o) {
        return (PyContextVar) o;
    }

    static {
        TYPE.module = "_contextvars";
        TYPE.staticNew(PyContextVar::create);
        TYPE.method("get", (self, args, kw) -> {
            ArgParser.noKeywords("ContextVar.get", kw);
            ArgParser.count("get", args, null, 0, 1);
            return args.length == 0 ? self(self).get() : self(self).get(args[0]);
        });
        TYPE.method1("set", (self, v) -> self(self).set(v));
        TYPE.method1("reset", (self, t) -> {
            if (!(t instanceof PyContextToken token)) throw Errors.typeError("expected an instance of Token, got " + t.repr());
            self(self).reset(token);
            return PyNone.NONE;
        });
        TYPE.define("name", new PyGetSet(TYPE, "name", o -> self(o).name, (o, v) -> {
            throw Errors.attributeError("readonly attribute");
        }));
        TYPE.method0("__repr__", o -> PyStr.of(o.repr()));
        TYPE.method0("__hash__", o -> PyInt.of(o.hash()));
        PyGenericAlias.install(TYPE);
    }

    /** ContextVar(name, *, default=<none>) */
    private static PyObject create(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = Call.kwCount(kwnames);
        int npos = args.length - nkw;
        if (args.length > 2) throw Errors.typeError("ContextVar() takes at most 2 arguments (" + args.length + " given)");
        if (npos > 1) throw Errors.typeError("ContextVar() takes at most 1 positional argument (" + npos + " given)");
        if (npos < 1) throw Errors.typeError("ContextVar() takes exactly 1 positional argument (0 given)");
        PyObject dflt = null;
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("default")) {
                throw Errors.typeError("ContextVar() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            dflt = args[npos + k];
        }
        return new PyContextVar(args[0], dflt);
    }
}
