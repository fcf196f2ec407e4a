package dev.taipan.runtime;

import dev.taipan.ast.Operator;
import dev.taipan.ast.UnaryOperator;

/**
 * A weakref proxy (weakref.ProxyType, or weakref.CallableProxyType for a callable referent): attribute
 * access, operators, item access, iteration and calls go to the referent, and raise ReferenceError once
 * it is gone. Both operands are unwrapped before an operator runs, as CPython's proxy does.
 */
public final class PyWeakProxy extends PyWeakReference {
    /** The proxy types' methods with a body of their own (the comparisons and operators are added per operator). */
    private static final String[] SLOTS = {"__getattribute__", "__setattr__", "__delattr__", "__repr__", "__str__", "__hash__",
        "__bool__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "__next__", "__divmod__",
        "__rdivmod__", "__neg__", "__pos__", "__invert__", "__abs__", "__int__", "__float__", "__index__", "__bytes__",
        "__reversed__"};
    public static final PyType TYPE = proxyType("ProxyType");
    public static final PyType CALLABLE_TYPE = proxyType("CallableProxyType");

    static {
        CALLABLE_TYPE.define("__call__", new PyBuiltin.Method(CALLABLE_TYPE, "__call__", new Slot("__call__", "__call__", null)));
    }

    private final boolean callable;

    private PyWeakProxy(boolean callable) {
        this.callable = callable;
    }

    /** weakref.proxy(object, callback=None): the basic proxy of object again when there is one and no callback is given. */
    public static PyObject create(PyObject ob, PyObject callback) {
        WeakRefs.check(ob);
        WeakRefs refs = WeakRefs.current();
        PyObject cb = callback == null || callback == PyNone.NONE ? null : callback;
        if (cb == null) {
            PyWeakReference basic = refs.basic(ob, true);
            if (basic != null) return basic;
        }
        PyWeakProxy p = new PyWeakProxy(Builtins.callable(ob));
        p.callback = cb;
        refs.attach(ob, p);
        return p;
    }

    @Override
    boolean isBasic() {
        return callback == null;
    }

    @Override
    public PyType type() {
        return callable ? CALLABLE_TYPE : TYPE;
    }

    /** The referent of a proxy operand, any other operand as it is. */
    static PyObject unwrap(PyObject o) {
        return o instanceof PyWeakProxy p ? p.referentOrError() : o;
    }

    private static PyObject target(PyObject self) {
        return ((PyWeakProxy) self).referentOrError();
    }

    // ---- the type: its slots as methods, as CPython lists them -------------------------------------

    private static PyType proxyType(String name) {
        PyType t = new PyType(name, PyType.OBJECT, true, null).markFinal();
        t.module = "weakref";
        for (String slot : SLOTS) t.define(slot, new PyBuiltin.Method(t, slot, new Slot(slot, slot, null)));
        for (CompareOp op : CompareOp.values()) t.define(op.dunder, new PyBuiltin.Method(t, op.dunder, new Slot("compare", op.dunder, op)));
        for (Operator op : Operator.values()) {
            t.define(op.dunder, new PyBuiltin.Method(t, op.dunder, new Slot("binary", op.dunder, op)));
            t.define(op.rdunder, new PyBuiltin.Method(t, op.rdunder, new Slot("reflected", op.rdunder, op)));
            t.define(op.idunder, new PyBuiltin.Method(t, op.idunder, new Slot("inplace", op.idunder, op)));
        }
        return t;
    }

    /**
     * The body of one of the proxy types' methods (one class for all of them, not a lambda each: the
     * types are made when _weakref is imported, and every lambda costs class-loading time then).
     */
    private record Slot(String kind, String name, Object op) implements PyBuiltin.MethodBody {
        @Override
        public PyObject call(PyObject s, PyObject[] a, String[] k) {
            if (!kind.equals("__call__")) ArgParser.count(name, a, k, arity(), arity());
            return switch (kind) {
                case "__getattribute__" -> s.getAttr(attrName(a[0]));
                case "__setattr__" -> {
                    s.setAttr(attrName(a[0]), a[1]);
                    yield PyNone.NONE;
                }
                case "__delattr__" -> {
                    s.delAttr(attrName(a[0]));
                    yield PyNone.NONE;
                }
                case "__repr__" -> PyStr.of(s.repr());
                case "__str__" -> PyStr.of(s.str());
                case "__hash__" -> PyInt.of(s.hash());
                case "__bool__" -> PyBool.of(s.isTrue());
                case "__len__" -> PyInt.of(s.len());
                case "__getitem__" -> s.getItem(a[0]);
                case "__setitem__" -> {
                    s.setItem(a[0], a[1]);
                    yield PyNone.NONE;
                }
                case "__delitem__" -> {
                    s.delItem(a[0]);
                    yield PyNone.NONE;
                }
                case "__contains__" -> PyBool.of(s.contains(a[0]));
                case "__iter__" -> s.iter();
                case "__next__" -> {
                    PyObject v = s.next();
                    if (v == null) throw Errors.stopIteration(null);
                    yield v;
                }
                case "compare" -> s.richCompare(a[0], (CompareOp) op);
                case "binary" -> Ops.binary(target(s), (Operator) op, unwrap(a[0]));
                case "reflected" -> Ops.binary(unwrap(a[0]), (Operator) op, target(s));
                case "inplace" -> Ops.inplace(target(s), (Operator) op, unwrap(a[0]));
                case "__divmod__" -> BuiltinConversions.divmod(target(s), unwrap(a[0]));
                case "__rdivmod__" -> BuiltinConversions.divmod(unwrap(a[0]), target(s));
                case "__neg__" -> Ops.unary(UnaryOperator.NEG, target(s));
                case "__pos__" -> Ops.unary(UnaryOperator.POS, target(s));
                case "__invert__" -> Ops.unary(UnaryOperator.INVERT, target(s));
                case "__abs__" -> BuiltinConversions.abs(target(s));
                case "__int__" -> PyInt.TYPE.call(target(s));
                case "__float__" -> PyFloat.TYPE.call(target(s));
                case "__index__" -> Protocols.index(target(s));
                case "__bytes__" -> PyBytes.TYPE.call(target(s));
                case "__reversed__" -> Call.invoke(target(s), "__reversed__");
                case "__call__" -> target(s).call(a, k);
                default -> throw new IllegalStateException(kind);
            };
        }

        /** How many arguments the method takes besides self (__call__ takes any). */
        private int arity() {
            return switch (kind) {
                case "__setattr__", "__setitem__" -> 2;
                case "__repr__", "__str__", "__hash__", "__bool__", "__len__", "__iter__", "__next__", "__neg__", "__pos__",
                     "__invert__", "__abs__", "__int__", "__float__", "__index__", "__bytes__", "__reversed__" -> 0;
                default -> 1;
            };
        }
    }

    private static String attrName(PyObject n) {
        if (!(n instanceof PyStr s)) throw Errors.typeError("attribute name must be string, not '" + n.type().name + "'");
        return s.value;
    }

    // ---- the protocols, forwarded ----------------------------------------------------------------

    @Override
    public PyObject getAttr(String name) {
        return referentOrError().getAttr(name);
    }

    @Override
    public PyObject lookupAttr(String name) {
        return referentOrError().lookupAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        referentOrError().setAttr(name, value);
    }

    @Override
    public void delAttr(String name) {
        referentOrError().delAttr(name);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (!callable) throw Errors.typeError("'weakref.ProxyType' object is not callable");
        return referentOrError().call(args, kwnames);
    }

    @Override
    public String repr() {
        PyObject o = referent();
        if (o == null) return "<weakproxy at " + Ids.hexId(this) + "; dead>";
        return "<weakproxy at " + Ids.hexId(this) + "; to " + describe(o, false) + ">";
    }

    @Override
    public String str() {
        return referentOrError().str();
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: '" + type().tpName() + "'");
    }

    @Override
    public boolean isTrue() {
        return referentOrError().isTrue();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.compare(referentOrError(), unwrap(other), op);
    }

    @Override
    public PyObject binaryOp(Operator op, PyObject other, boolean reflected) {
        PyObject me = referentOrError();
        PyObject o = unwrap(other);
        return reflected ? Ops.binary(o, op, me) : Ops.binary(me, op, o);
    }

    @Override
    public PyObject inplaceOp(Operator op, PyObject other) {
        return Ops.inplace(referentOrError(), op, unwrap(other));
    }

    @Override
    public PyObject unaryOp(UnaryOperator op) {
        return Ops.unary(op, referentOrError());
    }

    @Override
    public PyObject iter() {
        return referentOrError().iter();
    }

    @Override
    public PyObject next() {
        PyObject o = referentOrError();
        if (o.type().lookup("__next__") == null) {
            throw Errors.typeError("Weakref proxy referenced a non-iterator '" + o.type().tpName() + "' object");
        }
        return o.next();
    }

    @Override
    public int len() {
        return referentOrError().len();
    }

    @Override
    public PyObject getItem(PyObject key) {
        return referentOrError().getItem(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        referentOrError().setItem(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        referentOrError().delItem(key);
    }

    @Override
    public boolean contains(PyObject item) {
        return referentOrError().contains(item);
    }
}
