package dev.taipan.runtime;

/** types.GenericAlias: what list[int] or dict[str, int] evaluates to (annotations are evaluated eagerly in 3.13). */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = new PyType("types.GenericAlias", PyType.OBJECT, true, null).markFinal();
    public final PyObject origin;
    public final PyTuple args;

    static {
        TYPE.name = "GenericAlias";
        TYPE.qualname = "GenericAlias";
        TYPE.module = "types";
        TYPE.staticNew((cls, a, kw) -> {
            ArgParser.noKeywords("GenericAlias", kw);
            if (a.length != 2) throw Errors.typeError("GenericAlias expected 2 arguments, got " + a.length);
            return new PyGenericAlias(a[0], a[1]);
        });
        TYPE.skipInit = true;
    }

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t && args.getClass() == PyTuple.class ? t : PyTuple.of(args);
    }

    /** Installs __class_getitem__ on the built-in generic types. */
    public static void install(PyType... types) {
        for (PyType t : types) {
            t.define("__class_getitem__", new PyClassMethod(new PyBuiltin.Function("__class_getitem__", null,
                    (a, kw) -> new PyGenericAlias(a[0], a[1]))));
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "__origin__" -> origin;
            case "__args__" -> args;
            default -> {
                PyObject v = super.lookupAttr(name);
                yield v != null ? v : origin.lookupAttr(name);
            }
        };
    }

    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        if (op != dev.taipan.ast.Operator.BITOR) return PyNotImplemented.NOT_IMPLEMENTED;
        return reflected ? PyUnionType.or(other, this) : PyUnionType.or(this, other);
    }

    @Override
    public PyObject call(PyObject[] a, String[] kwnames) {
        return origin.call(a, kwnames);
    }

    private static String argRepr(PyObject o) {
        if (o instanceof PyType t) {
            String mod = t.moduleName();
            return mod == null || mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
        }
        if (o == PyNotImplemented.ELLIPSIS) return "...";
        return o.repr();
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(argRepr(args.get(i)));
        }
        if (args.size() == 0) sb.append("()");
        return sb.append(']').toString();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof PyGenericAlias g) {
            boolean eq = Ops.eq(origin, g.origin) && Ops.eq(args, g.args);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Override
    public long hash() {
        return origin.hash() ^ args.hash();
    }
}
