package dev.taipan.runtime;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The methods and attributes of object, the root class: creation and initialisation checks, the
 * default comparisons, hash, repr, str and format, generic attribute access, __class__, __dict__
 * and __dir__. Installed once per JVM on PyType.OBJECT, then type's own attributes (TypeMethods).
 */
public final class ObjectMethods {
    private ObjectMethods() {}

    static final String OBJECT_DOC = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
            + "featureless\ninstance that has no instance attributes and cannot be given any.\n";

    /** object.__init_subclass__: a classmethod whose Java body does nothing; class creation skips it. */
    public static PyClassMethod initSubclass;

    public static void install() {
        PyType o = PyType.OBJECT;
        o.staticNew(ObjectMethods::objectNew);
        o.method("__init__", ObjectMethods::objectInit);
        for (CompareOp op : CompareOp.values()) {
            o.define(op.dunder, PyBuiltin.Method.arity(o, op.dunder, 1, (self, a) -> Ops.objectCompare(self, a[0], op)));
        }
        o.method0("__hash__", self -> PyInt.of(self.identityHash()));
        o.method0("__repr__", self -> PyStr.of(self.defaultRepr()));
        o.method0("__str__", self -> PyStr.of(self.repr()));
        o.method1("__format__", ObjectMethods::format);
        o.method1("__getattribute__", (self, n) -> {
            String name = attrName(n);
            PyObject v = plainGetAttr(self, name);
            if (v == null) throw Errors.noAttribute(self, name);
            return v;
        });
        o.define("__setattr__", PyBuiltin.Method.arity(o, "__setattr__", 2, (self, a) -> {
            plainSetAttr(self, attrName(a[0]), a[1]);
            return PyNone.NONE;
        }));
        o.method1("__delattr__", (self, n) -> {
            plainDelAttr(self, attrName(n));
            return PyNone.NONE;
        });
        o.method0("__dir__", ObjectMethods::dir);
        o.method0("__sizeof__", self -> PyInt.of(16));
        o.method0("__getstate__", ObjectMethods::getState);
        o.define("__class__", new PyGetSet(o, "__class__", PyObject::type, ObjectMethods::setClass));
        o.define("__dict__", new PyGetSet(o, "__dict__", ObjectMethods::getDict, ObjectMethods::setDict));
        initSubclass = new PyClassMethod(new PyBuiltin.Function("__init_subclass__", null, (args, kw) -> {
            if (kw != null && kw.length > 0) {
                PyObject cls = args.length > 0 ? args[0] : o;
                throw Errors.typeError((cls instanceof PyType t ? t.name : "object") + ".__init_subclass__() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw Errors.typeError("object.__init_subclass__() takes no arguments (" + (args.length - 1) + " given)");
            }
            return PyNone.NONE;
        }));
        o.define("__init_subclass__", initSubclass);
        o.define("__subclasshook__", new PyClassMethod(new PyBuiltin.Function("__subclasshook__", null, (args, kw) -> {
            ArgParser.noKeywords("object.__subclasshook__", kw);
            if (args.length != 2) {
                throw Errors.typeError("object.__subclasshook__() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        })));
        o.define("__doc__", PyStr.of(OBJECT_DOC));
        TypeMethods.install();
    }

    // ---- creation -------------------------------------------------------------------------

    private static boolean isObjectInit(PyObject m) {
        return m instanceof PyBuiltin.Method bm && bm.owner == PyType.OBJECT;
    }

    private static boolean isObjectNew(PyObject m) {
        return m instanceof PyBuiltin.StaticNew sn && sn.owner == PyType.OBJECT;
    }

    /** object.__new__(cls, *args): CPython's excess-argument rules, abstract classes, non-instantiable types. */
    private static PyObject objectNew(PyType cls, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            if (!isObjectNew(cls.newMethod())) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (isObjectInit(cls.initMethod())) {
                throw Errors.typeError(cls.name + "() takes no arguments");
            }
        }
        if (cls.allocator == null || cls.builtin && cls != PyType.OBJECT && cls.solidBase == PyType.OBJECT) {
            throw Errors.typeError("cannot create '" + qualifiedName(cls) + "' instances");
        }
        PyObject abstracts = cls.abstractMethods();
        if (abstracts != null && abstracts.isTrue()) {
            throw abstractError(cls, abstracts);
        }
        return cls.allocator.allocate(cls);
    }

    private static PyException abstractError(PyType cls, PyObject abstracts) {
        PyList names = Protocols.toList(abstracts);
        Call.invoke(names, "sort");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size; i++) {
            if (i > 0) sb.append(", ");
            sb.append('\'').append(names.get(i).str()).append('\'');
        }
        return Errors.typeError("Can't instantiate abstract class " + cls.name + " without an implementation for abstract method"
                + (names.size == 1 ? " " : "s ") + sb);
    }

    /** The dotted name CPython prints for built-in types of a module ("sys.version_info"). */
    static String qualifiedName(PyType t) {
        return t.tpName();
    }

    private static PyObject objectInit(PyObject self, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            PyType t = self.type();
            if (!isObjectInit(t.lookup("__init__"))) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (isObjectNew(t.lookup("__new__"))) {
                throw Errors.typeError(t.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNone.NONE;
    }

    // ---- format ---------------------------------------------------------------------------

    private static PyObject format(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("__format__() argument must be str, not " + spec.type().name);
        }
        if (!s.value.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + self.type().name + ".__format__");
        }
        return PyStr.of(self.str());
    }

    // ---- attributes -----------------------------------------------------------------------

    /** An attribute name argument: "attribute name must be string, not 'int'" otherwise. */
    public static String attrName(PyObject n) {
        if (n instanceof PyStr s) return s.value;
        throw Errors.typeError("attribute name must be string, not '" + n.type().name + "'");
    }

    /** object.__getattribute__: the generic lookup without a class's __getattribute__/__getattr__ hooks. */
    public static PyObject plainGetAttr(PyObject self, String name) {
        PyType t = self.type();
        if (t.hasGetattribute || t.hasGetattr) return Attributes.genericGetAttr(self, name);
        return self.lookupAttr(name);
    }

    /** object.__setattr__, refusing type objects as CPython does. */
    public static void plainSetAttr(PyObject self, String name, PyObject value) {
        if (self instanceof PyType) throw Errors.typeError("can't apply this __setattr__ to type object");
        if (self.type().hasSetattr) {
            Attributes.genericSetAttr(self, name, value);
        } else {
            self.setAttr(name, value);
        }
    }

    public static void plainDelAttr(PyObject self, String name) {
        if (self instanceof PyType) throw Errors.typeError("can't apply this __delattr__ to type object");
        if (self.type().hasDelattr) {
            Attributes.genericDelAttr(self, name);
        } else {
            self.delAttr(name);
        }
    }

    static PyObject getDict(PyObject self) {
        PyDict d = self.dict();
        if (d == null) throw Errors.noAttribute(self, "__dict__");
        return d;
    }

    static void setDict(PyObject self, PyObject value) {
        PyDict d = self.dict();
        if (d == null) throw Errors.noAttribute(self, "__dict__");
        if (!(value instanceof PyDict nd)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name + "'");
        }
        if (nd == d) return;
        PyDict copy = nd.copy();
        d.clear();
        d.update(copy);
    }

    private static void setClass(PyObject self, PyObject value) {
        if (!(value instanceof PyType nt)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + value.type().name + "' object");
        }
        PyType old = self.type();
        if (old.builtin || nt.builtin) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (nt.solidBase != old.solidBase || nt.instancesHaveDict != old.instancesHaveDict || !(self instanceof PyInstance inst)) {
            throw Errors.typeError("__class__ assignment: '" + nt.name + "' object layout differs from '" + old.name + "'");
        }
        inst.setType(nt);
    }

    /** object.__getstate__: the instance dict (None when empty or absent), paired with the slot values when there are any. */
    private static PyObject getState(PyObject self) {
        PyDict d = self.dict();
        PyObject state = d == null || d.size() == 0 ? PyNone.NONE : d;
        if (self instanceof PyInstance inst && slotted(self.type())) {
            PyDict slots = inst.slotStorage();
            if (slots.size() > 0) return PyTuple.of(state, slots.copy());
        }
        return state;
    }

    private static boolean slotted(PyType t) {
        for (PyType m : t.mro) {
            if (!m.builtin && m.dict.get("__slots__") != null) return true;
        }
        return false;
    }

    /** object.__dir__: the instance dict's keys, then every attribute along the class's MRO (unsorted). */
    private static PyObject dir(PyObject self) {
        Set<String> names = new LinkedHashSet<>();
        PyDict d = self.dict();
        if (d != null) {
            for (int i = 0; i < d.limit(); i++) {
                PyObject k = d.keyAt(i);
                if (k instanceof PyStr s) names.add(s.value);
            }
        }
        PyObject cls = plainGetAttr(self, "__class__");
        if (cls instanceof PyType t) classAttributes(t, names);
        PyList out = new PyList();
        for (String n : names) out.append(PyStr.of(n));
        return out;
    }

    /** Adds the names in t's dict and its bases' dicts (as CPython's merge_class_dict). */
    static void classAttributes(PyType t, Set<String> names) {
        for (PyType m : t.mro) {
            synchronized (m.dict) {
                names.addAll(m.dict.keySet());
            }
        }
    }
}
