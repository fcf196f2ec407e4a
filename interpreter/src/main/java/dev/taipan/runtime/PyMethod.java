package dev.taipan.runtime;

/** A Python function bound to an instance (obj.method). */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = new PyType("method", PyType.OBJECT, true, null).markFinal();

    static {
        // types.MethodType(function, instance), as weakref.WeakMethod rebuilds its method
        TYPE.staticNew((cls, args, kw) -> {
            ArgParser.count("method", args, kw, 2, 2);
            if (!Builtins.callable(args[0])) throw Errors.typeError("first argument must be callable");
            if (args[1] == PyNone.NONE) throw Errors.typeError("instance must not be None");
            return new PyMethod(args[0], args[1]);
        });
        TYPE.skipInit = true;
    }
    public final PyObject function;
    public final PyObject self;

    public PyMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (function instanceof PyFunction f) return f.callWithSelf(self, args, kwnames);
        return function.call(Call.prepend(self, args), kwnames);
    }

    @Override
    public PyObject lookupAttr(String attr) {
        return switch (attr) {
            case "__func__" -> function;
            case "__self__" -> self;
            default -> {
                PyObject d = TYPE.lookup(attr);
                if (d != null && d.isDataDescriptor()) yield d.descrGet(this, TYPE);
                PyObject v = function.lookupAttr(attr);
                yield v != null ? v : Attributes.genericGetAttr(this, attr);
            }
        };
    }

    @Override
    public String repr() {
        PyObject qn = function.lookupAttr("__qualname__");
        String name = qn != null ? qn.str() : "?";
        return "<bound method " + name + " of " + self.repr() + ">";
    }

    @Override
    public long hash() {
        return function.hash() ^ Ids.id(self);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof PyMethod m) {
            boolean eq = m.self == self && Ops.eq(m.function, function);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }
}
