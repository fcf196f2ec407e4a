package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/** types.UnionType: what int | None evaluates to; usable in annotations and with isinstance/issubclass. */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = new PyType("UnionType", PyType.OBJECT, true, null).markFinal();
    public final PyTuple args;

    static {
        TYPE.module = "types";
    }

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** a | b for types, None, generic aliases and unions; NotImplemented for anything else. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return PyNotImplemented.NOT_IMPLEMENTED;
        List<PyObject> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) return items.get(0);
        return new PyUnionType(PyTuple.wrap(items.toArray(new PyObject[0])));
    }

    private static void add(List<PyObject> items, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject x : u.args.items) add(items, x);
            return;
        }
        PyObject v = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : items) {
            if (x == v || Ops.eq(x, v)) return;
        }
        items.add(v);
    }

    /** Installs | on type objects (and reflected |, so None | int works). */
    public static void install() {
        PyType.TYPE.define("__or__", PyBuiltin.Method.arity(PyType.TYPE, "__or__", 1, (self, a) -> or(self, a[0])));
        PyType.TYPE.define("__ror__", PyBuiltin.Method.arity(PyType.TYPE, "__ror__", 1, (self, a) -> or(a[0], self)));
    }

    public boolean contains(PyObject obj, boolean subclass) {
        for (PyObject t : args.items) {
            if (t instanceof PyType ty) {
                if (subclass ? Builtins.isSubclass(obj, ty) : Builtins.isInstance(obj, ty)) return true;
            } else {
                throw Errors.typeError((subclass ? "issubclass" : "isinstance") + "() argument 2 cannot be a parameterized generic");
            }
        }
        return false;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        if (op != dev.taipan.ast.Operator.BITOR) return PyNotImplemented.NOT_IMPLEMENTED;
        return reflected ? or(other, this) : or(this, other);
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("__args__")) return args;
        return super.lookupAttr(name);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) sb.append(" | ");
            PyObject a = args.get(i);
            if (a == PyNone.TYPE) {
                sb.append("None");
            } else if (a instanceof PyType t) {
                String mod = t.moduleName();
                sb.append(mod == null || mod.equals("builtins") ? t.qualname : mod + "." + t.qualname);
            } else {
                sb.append(a.repr());
            }
        }
        return sb.toString();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof PyUnionType u) {
            boolean eq = u.args.size() == args.size();
            for (PyObject a : args.items) if (eq && !u.args.contains(a)) eq = false;
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Override
    public long hash() {
        long h = 0;
        for (PyObject a : args.items) h ^= a.hash();
        return h;
    }
}
