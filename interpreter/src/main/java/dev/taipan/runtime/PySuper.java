package dev.taipan.runtime;

/**
 * super: attribute lookup that starts after a given class in the MRO of an instance's type (or
 * of a class), binding what it finds to that instance or class.
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = new PyType("super", PyType.OBJECT, true, null);

    /** The class after which the search starts (__thisclass__). */
    public final PyType thisClass;
    /** The instance or class bound to (__self__), or null when unbound. */
    public final PyObject obj;
    /** The type whose MRO is searched (__self_class__), or null when unbound. */
    public final PyType objType;

    static {
        TYPE.staticNew(PySuper::create);
        TYPE.getset("__thisclass__", s -> ((PySuper) s).thisClass);
        TYPE.getset("__self__", s -> orNone(((PySuper) s).obj));
        TYPE.getset("__self_class__", s -> orNone(((PySuper) s).objType));
        TYPE.method1("__getattribute__", (self, n) -> self.getAttr(ObjectMethods.attrName(n)));
        TYPE.method0("__repr__", self -> PyStr.of(self.repr()));
        TYPE.method("__get__", (self, args, kw) -> {
            ArgParser.count("__get__", args, kw, 1, 2);
            PySuper s = (PySuper) self;
            if (args[0] == PyNone.NONE || s.obj != null) return s;
            return new PySuper(s.thisClass, args[0]);
        });
    }

    /** super(type, obj) or super(type, type2); the evaluator's zero-argument super() calls this too. */
    public PySuper(PyType thisClass, PyObject obj) {
        this.thisClass = thisClass;
        this.obj = obj;
        this.objType = obj == null ? null : check(thisClass, obj);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyType check(PyType type, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(type)) return t;
        PyType ot = obj.type();
        if (ot.isSubtypeOf(type)) return ot;
        PyObject cls = obj.lookupAttr("__class__");
        if (cls instanceof PyType ct && ct != ot && ct.isSubtypeOf(type)) return ct;
        String what = obj instanceof PyType t ? "type " + t.name : "instance of " + ot.name;
        throw Errors.typeError("super(type, obj): obj (" + what + ") is not an instance or subtype of type (" + type.name + ").");
    }

    private static PyObject create(PyType cls, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("super", kwnames);
        if (args.length > 2) throw Errors.typeError("super() expected at most 2 arguments, got " + args.length);
        if (args.length == 0) return zeroArgument();
        if (!(args[0] instanceof PyType t)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + args[0].type().name);
        }
        return new PySuper(t, args.length == 2 && args[1] != PyNone.NONE ? args[1] : null);
    }

    /** super() inside a method, found from the calling frame: its first argument and its __class__ cell. */
    private static PySuper zeroArgument() {
        Frame f = ThreadState.current().frame;
        Code c = f == null ? null : f.code;
        if (c == null || f.function == null) throw Errors.runtimeError("super(): no arguments");
        if (c.argcount == 0 && !c.varargs) throw Errors.runtimeError("super(): no arguments");
        PyObject first = f.locals[0];
        if (first instanceof PyCell cell && isSlotIn(c.cellSlots, 0)) first = cell.value;
        if (first == null) throw Errors.runtimeError("super(): arg[0] deleted");
        if (c.argcount == 0 && first instanceof PyTuple t) {
            if (t.size() == 0) throw Errors.runtimeError("super(): no arguments");
            first = t.get(0);
        }
        for (int s : c.freeSlots) {
            if (c.varnames[s].equals("__class__")) {
                PyObject v = f.locals[s] instanceof PyCell cell ? cell.value : null;
                if (v == null) throw Errors.runtimeError("super(): empty __class__ cell");
                if (!(v instanceof PyType t)) throw Errors.runtimeError("super(): __class__ is not a type (" + v.type().name + ")");
                return new PySuper(t, first);
            }
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }

    private static boolean isSlotIn(int[] slots, int slot) {
        for (int s : slots) if (s == slot) return true;
        return false;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.mro;
            int i = 0;
            while (i < mro.length && mro[i] != thisClass) i++;
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict.get(name);
                if (v != null) {
                    return v.isDescriptor() ? v.descrGet(obj == objType ? null : obj, objType) : v;
                }
            }
        }
        return Attributes.genericGetAttr(this, name);
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = lookupAttr(name);
        if (v == null) throw Errors.noAttribute(this, name);
        return v;
    }

    @Override
    public String repr() {
        if (objType == null) return "<super: <class '" + thisClass.name + "'>, NULL>";
        return "<super: <class '" + thisClass.name + "'>, <" + objType.name + " object>>";
    }
}
