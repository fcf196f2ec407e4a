package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * An instance of a class whose hierarchy declares __slots__: the slot values live in an array,
 * and the instance has no __dict__ unless a class of its hierarchy lacks __slots__ (or names
 * '__dict__' in them). Member is the descriptor each slot name becomes.
 */
public final class PySlottedInstance extends PyInstance {
    private final PyObject[] slots;
    private final boolean hasDict;

    PySlottedInstance(PyType cls, int nslots, boolean hasDict) {
        super(cls);
        this.slots = new PyObject[nslots];
        this.hasDict = hasDict;
    }

    @Override
    public PyDict dict() {
        return hasDict ? super.dict() : null;
    }

    /** The member descriptor of one slot (type member_descriptor). */
    public static final class Member extends PyObject {
        public static final PyType TYPE = new PyType("member_descriptor", PyType.OBJECT, true, null).markFinal();
        final PyType owner;
        final String name;
        final int index;

        static {
            TYPE.method("__get__", (self, args, kw) -> {
                Member m = (Member) self;
                ArgParser.count("__get__", args, kw, 1, 2);
                if (args[0] == PyNone.NONE) return m;
                m.check(args[0]);
                return m.descrGet(args[0], m.owner);
            });
            TYPE.method("__set__", (self, args, kw) -> {
                ArgParser.count("__set__", args, kw, 2, 2);
                ((Member) self).check(args[0]);
                self.descrSet(args[0], args[1]);
                return PyNone.NONE;
            });
            TYPE.method1("__delete__", (self, obj) -> {
                ((Member) self).check(obj);
                self.descrDelete(obj);
                return PyNone.NONE;
            });
        }

        Member(PyType owner, String name, int index) {
            this.owner = owner;
            this.name = name;
            this.index = index;
        }

        private void check(PyObject obj) {
            if (!obj.type().isSubtypeOf(owner)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                        + obj.type().name + "' object");
            }
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

        @Override
        public PyObject descrGet(PyObject obj, PyType ownerType) {
            if (obj == null) return this;
            PyObject v = obj instanceof PySlottedInstance si ? si.slots[index] : obj.dict() == null ? null : obj.dict().getStr(name);
            if (v == null) throw Errors.noAttribute(obj, name);
            return v;
        }

        @Override
        public void descrSet(PyObject obj, PyObject value) {
            if (obj instanceof PySlottedInstance si) {
                si.slots[index] = value;
            } else if (obj.dict() != null) {
                obj.dict().putStr(name, value);
            } else {
                throw Errors.noAttribute(obj, name);
            }
        }

        @Override
        public void descrDelete(PyObject obj) {
            boolean had;
            if (obj instanceof PySlottedInstance si) {
                had = si.slots[index] != null;
                si.slots[index] = null;
            } else {
                had = obj.dict() != null && obj.dict().delStr(name) != null;
            }
            if (!had) throw Errors.attributeError(name);
        }

        @Override
        public String repr() {
            return "<member '" + name + "' of '" + owner.name + "' objects>";
        }
    }

    // ---- class creation support ------------------------------------------------------------------

    /** The names a __slots__ value declares (a string is one name), mangled as CPython does. */
    static List<String> slotNames(PyObject slots, String className) {
        List<String> names = new ArrayList<>();
        PyObject[] items = slots instanceof PyStr ? new PyObject[] {slots} : Protocols.toArray(slots);
        for (PyObject o : items) {
            if (!(o instanceof PyStr s)) throw Errors.typeError("__slots__ items must be strings, not '" + o.type().name + "'");
            String n = s.value;
            if (n.isEmpty() || Character.isDigit(n.codePointAt(0)) || n.codePoints().anyMatch(c -> !isIdentifierPart(c))) {
                throw Errors.typeError("__slots__ must be identifiers");
            }
            if (n.startsWith("__") && !n.endsWith("__")) {
                String stripped = className.replaceFirst("^_+", "");
                if (!stripped.isEmpty()) n = "_" + stripped + n;
            }
            names.add(n);
        }
        return names;
    }

    private static boolean isIdentifierPart(int c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** How many slots the instances of t hold: one past the highest member index along its MRO. */
    static int slotCount(PyType t) {
        int n = 0;
        for (PyType m : t.mro) {
            synchronized (m.dict) {
                for (PyObject v : m.dict.values()) {
                    if (v instanceof Member mem && mem.owner == m) n = Math.max(n, mem.index + 1);
                }
            }
        }
        return n;
    }
}
