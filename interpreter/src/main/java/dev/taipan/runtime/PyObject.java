package dev.taipan.runtime;

/**
 * The root of every Python value. Protocol methods have generic implementations that look up
 * dunder methods on the value's type; built-in value classes override them with Java fast paths.
 */
public abstract class PyObject {

    public abstract PyType type();

    // ---- attributes -------------------------------------------------------------------------

    /** The instance dict, or null when the object has none. */
    public PyDict dict() {
        return null;
    }

    /** getattr(self, name): raises AttributeError when missing (a user __getattr__'s own error propagates). */
    public PyObject getAttr(String name) {
        PyType t = type();
        if (t.hasGetattribute || t.hasGetattr) {
            return Attributes.getAttrWithHooks(this, name);
        }
        PyObject v = lookupAttr(name);
        if (v == null) {
            throw Errors.noAttribute(this, name);
        }
        return v;
    }

    /**
     * getattr(self, name) returning null instead of raising AttributeError. Built-in classes
     * override this to add their special attributes, then defer to super.
     */
    public PyObject lookupAttr(String name) {
        PyType t = type();
        if (t.hasGetattribute || t.hasGetattr) {
            try {
                return Attributes.getAttrWithHooks(this, name);
            } catch (PyException e) {
                if (e.matches(PyExc.AttributeError)) return null;
                throw e;
            }
        }
        return Attributes.genericGetAttr(this, name);
    }

    public void setAttr(String name, PyObject value) {
        PyType t = type();
        if (t.hasSetattr) {
            Attributes.callSetattr(this, name, value);
        } else {
            Attributes.genericSetAttr(this, name, value);
        }
    }

    public void delAttr(String name) {
        PyType t = type();
        if (t.hasDelattr) {
            Attributes.callDelattr(this, name);
        } else {
            Attributes.genericDelAttr(this, name);
        }
    }

    // ---- calling ----------------------------------------------------------------------------

    /**
     * Calls this object. The last kwnames.length entries of args are keyword arguments with
     * those names; kwnames is null (or empty) when there are none.
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject m = type().lookup("__call__");
        if (m == null) {
            throw Errors.typeError("'" + type().tpName() + "' object is not callable");
        }
        return Call.callMethod(m, this, args, kwnames);
    }

    public final PyObject call(PyObject... args) {
        return call(args, null);
    }

    /**
     * Binds this attribute found on a type to an instance (the descriptor protocol's __get__).
     * obj is null when looked up on the type itself. Plain values return themselves.
     */
    public PyObject descrGet(PyObject obj, PyType owner) {
        return this;
    }

    /** True if this value, found on a type, is a data descriptor (has __set__ or __delete__). */
    public boolean isDataDescriptor() {
        return false;
    }

    /** True if this value, found on a type, binds to instances (has __get__). */
    public boolean isDescriptor() {
        return false;
    }

    public void descrSet(PyObject obj, PyObject value) {
        throw Errors.attributeError("__set__");
    }

    public void descrDelete(PyObject obj) {
        throw Errors.attributeError("__delete__");
    }

    // ---- conversions and protocols ---------------------------------------------------------

    public boolean isTrue() {
        PyType t = type();
        PyObject m = t.boolMethod();
        if (m != null) {
            PyObject r = Call.callMethod(m, this);
            if (r instanceof PyBool b) return b.value;
            throw Errors.typeError("__bool__ should return bool, returned " + r.type().name);
        }
        m = t.lenMethod();
        if (m != null) {
            return Protocols.lenOf(this, m) != 0;
        }
        return true;
    }

    public String repr() {
        PyObject m = type().lookup("__repr__");
        if (m != null && !(m instanceof PyBuiltin.Method bm && bm.owner == PyType.OBJECT)) {
            PyObject r = Call.callMethod(m, this);
            if (r instanceof PyStr s) return s.value;
            throw Errors.typeError("__repr__ returned non-string (type " + r.type().name + ")");
        }
        return defaultRepr();
    }

    public String defaultRepr() {
        PyType t = type();
        String mod = t.moduleName();
        String qn = t.qualname;
        return "<" + (mod == null || mod.equals("builtins") ? "" : mod + ".") + qn + " object at " + Ids.hexId(this) + ">";
    }

    public String str() {
        PyObject m = type().lookup("__str__");
        if (m != null && !(m instanceof PyBuiltin.Method bm && bm.owner == PyType.OBJECT)) {
            PyObject r = Call.callMethod(m, this);
            if (r instanceof PyStr s) return s.value;
            throw Errors.typeError("__str__ returned non-string (type " + r.type().name + ")");
        }
        return repr();
    }

    /** Python's hash(); -1 is never returned. */
    public long hash() {
        PyType t = type();
        if (t.hashDisabled) {
            throw Errors.typeError("unhashable type: '" + t.name + "'");
        }
        PyObject m = t.lookup("__hash__");
        if (m != null && !(m instanceof PyBuiltin.Method bm && bm.owner == PyType.OBJECT)) {
            if (m == PyNone.NONE) {
                throw Errors.typeError("unhashable type: '" + t.name + "'");
            }
            PyObject r = Call.callMethod(m, this);
            if (r instanceof PyInt i) {
                long h = i.isBig() ? i.hashValue() : i.value;
                return h == -1 ? -2 : h;
            }
            throw Errors.typeError("__hash__ method should return an integer");
        }
        return identityHash();
    }

    public final long identityHash() {
        return Ids.id(this) >>> 4;
    }

    /** Python == with NotImplemented handling; the fast answer for identical objects. */
    @Override
    public final boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof PyObject other)) return false;
        return Ops.eq(this, other);
    }

    @Override
    public final int hashCode() {
        long h = hash();
        return (int) (h ^ (h >>> 32));
    }

    /**
     * One direction of a rich comparison: the built-in answer of this type, or
     * NotImplemented. Types with user-defined dunders are handled by Ops.
     */
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Ops.richCompareDunder(this, other, op);
    }

    /**
     * self OP other using this value's own implementation (reflected: other OP self);
     * NotImplemented when it has none. Built-in types override this with Java code.
     */
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        return Ops.binaryDunder(this, op, other, reflected);
    }

    /** self OP= other for built-in mutable types (list +=); null when the type has no in-place form. */
    public PyObject inplaceOp(dev.taipan.ast.Operator op, PyObject other) {
        return null;
    }

    /** -self, +self, ~self; null when the type has no such operation. */
    public PyObject unaryOp(dev.taipan.ast.UnaryOperator op) {
        return Ops.unaryDunder(this, op);
    }

    /** iter(self) */
    public PyObject iter() {
        return Protocols.genericIter(this);
    }

    /** next(self): the next value, or null when exhausted (StopIteration is never thrown here). */
    public PyObject next() {
        return Protocols.genericNext(this);
    }

    public int len() {
        PyObject m = type().lookup("__len__");
        if (m == null) {
            throw Errors.typeError("object of type '" + type().tpName() + "' has no len()");
        }
        return Protocols.lenOf(this, m);
    }

    public PyObject getItem(PyObject key) {
        return Protocols.genericGetItem(this, key);
    }

    public void setItem(PyObject key, PyObject value) {
        Protocols.genericSetItem(this, key, value);
    }

    public void delItem(PyObject key) {
        Protocols.genericDelItem(this, key);
    }

    public boolean contains(PyObject item) {
        return Protocols.genericContains(this, item);
    }

    @Override
    public String toString() {
        return repr();
    }
}
