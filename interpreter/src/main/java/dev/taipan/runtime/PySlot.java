package dev.taipan.runtime;

/** A member descriptor made for each name in a class's __slots__: the attribute lives in the instance's slot storage. */
public final class PySlot extends PyObject {
    public static final PyType TYPE = new PyType("member_descriptor", PyType.OBJECT, true, null).markFinal();
    private final PyType owner;
    private final String name;

    PySlot(PyType owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isDescriptor() {
        return true;
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    private static PyDict storage(PyObject obj) {
        if (obj instanceof PyInstance i) return i.slotStorage();
        return obj.dict();
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType ownerType) {
        if (obj == null) return this;
        PyDict d = storage(obj);
        PyObject v = d == null ? null : d.getStr(name);
        if (v == null) throw Errors.noAttribute(obj, name);
        return v;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        storage(obj).putStr(name, value);
    }

    @Override
    public void descrDelete(PyObject obj) {
        PyDict d = storage(obj);
        if (d == null || d.delStr(name) == null) throw Errors.noAttribute(obj, name);
    }

    @Override
    public String repr() {
        return "<member '" + name + "' of '" + owner.name + "' objects>";
    }

    /** Applies a class body's __slots__: member descriptors, and no instance __dict__ unless asked for. */
    static void apply(PyType t, PyObject slots) {
        PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Protocols.toArray(slots);
        boolean wantsDict = false;
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) {
                throw Errors.typeError("__slots__ items must be strings, not '" + n.type().name + "'");
            }
            if (s.value.equals("__dict__")) {
                wantsDict = true;
                continue;
            }
            if (s.value.equals("__weakref__")) continue;
            if (t.dict.containsKey(s.value)) {
                throw Errors.valueError("'" + s.value + "' in __slots__ conflicts with class variable");
            }
            t.dict.put(s.value, new PySlot(t, s.value));
        }
        boolean basesHaveDict = false;
        for (PyType b : t.bases) {
            if (b != PyType.OBJECT && b.instancesHaveDict) basesHaveDict = true;
        }
        t.instancesHaveDict = wantsDict || basesHaveDict;
    }
}
