package dev.taipan.runtime;

import dev.taipan.ast.Operator;

/**
 * dict_keys, dict_values and dict_items: live views of a dict. Keys and items views are
 * set-like (& | - ^, comparisons, isdisjoint) with CPython's algorithms; also the reverse iterators.
 */
public final class DictViews {
    private DictViews() {}

    public static final PyType KEYS_TYPE = new PyType("dict_keys", PyType.OBJECT, true, null).markFinal();
    public static final PyType VALUES_TYPE = new PyType("dict_values", PyType.OBJECT, true, null).markFinal();
    public static final PyType ITEMS_TYPE = new PyType("dict_items", PyType.OBJECT, true, null).markFinal();

    static void install() {
        for (PyType t : new PyType[] {KEYS_TYPE, VALUES_TYPE, ITEMS_TYPE}) {
            t.method0("__len__", self -> PyInt.of(((View) self).dict.size()));
            t.method0("__iter__", PyObject::iter);
            t.method0("__reversed__", self -> new ReverseIterator(((View) self).dict, ((View) self).kind));
            t.method1("__contains__", (self, x) -> PyBool.of(self.contains(x)));
            t.method0("__repr__", self -> PyStr.of(self.repr()));
        }
        for (PyType t : new PyType[] {KEYS_TYPE, ITEMS_TYPE}) {
            t.define("__hash__", PyNone.NONE);
            t.method1("isdisjoint", (self, x) -> PyBool.of(isDisjoint((View) self, x)));
            for (Operator op : new Operator[] {Operator.BITAND, Operator.BITOR, Operator.SUB, Operator.BITXOR}) {
                t.method1(op.dunder, (self, x) -> self.binaryOp(op, x, false));
                t.method1(op.rdunder, (self, x) -> self.binaryOp(op, x, true));
            }
            for (CompareOp op : CompareOp.values()) {
                t.method1(op.dunder, (self, x) -> self.richCompare(x, op));
            }
        }
        for (PyType t : new PyType[] {ReverseIterator.KEY_TYPE, ReverseIterator.VALUE_TYPE, ReverseIterator.ITEM_TYPE}) {
            Iterators.installIteratorProtocol(t);
        }
    }

    /** A view of one dict: its keys, values or items. */
    public static final class View extends PyObject {
        final PyDict dict;
        final DictType.IterKind kind;

        public View(PyDict dict, DictType.IterKind kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return switch (kind) {
                case KEYS -> KEYS_TYPE;
                case VALUES -> VALUES_TYPE;
                case ITEMS -> ITEMS_TYPE;
            };
        }

        boolean setLike() {
            return kind != DictType.IterKind.VALUES;
        }

        @Override
        public int len() {
            return dict.size();
        }

        @Override
        public boolean isTrue() {
            return dict.size() != 0;
        }

        @Override
        public PyObject iter() {
            return new DictType.DictIterator(dict, kind);
        }

        @Override
        public boolean contains(PyObject x) {
            switch (kind) {
                case KEYS:
                    return dict.containsKey(x);
                case ITEMS:
                    if (!(x instanceof PyTuple t) || t.items.length != 2) return false;
                    PyObject found = dict.get(t.items[0]);
                    return found != null && Ops.eq(found, t.items[1]);
                default:
                    PyObject it = iter();
                    for (PyObject v = it.next(); v != null; v = it.next()) {
                        if (Ops.eq(v, x)) return true;
                    }
                    return false;
            }
        }

        @Override
        public String repr() {
            String name = type().name;
            if (!ReprGuard.enter(this)) return "...";
            try {
                StringBuilder sb = new StringBuilder(name).append("([");
                PyObject it = iter();
                boolean first = true;
                for (PyObject v = it.next(); v != null; v = it.next()) {
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(v.repr());
                }
                return sb.append("])").toString();
            } finally {
                ReprGuard.exit(this);
            }
        }

        @Override
        public long hash() {
            if (setLike()) throw Errors.typeError("unhashable type: '" + type().name + "'");
            return identityHash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            if (!setLike()) return Ops.identityCompare(this, other, op);
            if (!(other instanceof PySet) && !(other instanceof View v && v.setLike())) return PyNotImplemented.NOT_IMPLEMENTED;
            int a = len(), b = other.len();
            boolean ok = switch (op) {
                case EQ -> a == b && allContainedIn(this, other);
                case NE -> !(a == b && allContainedIn(this, other));
                case LT -> a < b && allContainedIn(this, other);
                case LE -> a <= b && allContainedIn(this, other);
                case GT -> a > b && allContainedIn(other, this);
                case GE -> a >= b && allContainedIn(other, this);
            };
            return PyBool.of(ok);
        }

        @Override
        public PyObject binaryOp(Operator op, PyObject other, boolean reflected) {
            if (!setLike()) return PyNotImplemented.NOT_IMPLEMENTED;
            PyObject left = reflected ? other : this;
            PyObject right = reflected ? this : other;
            return switch (op) {
                case BITAND -> intersect(left, right);
                case BITOR -> {
                    PySet r = toSet(left);
                    r.updateInternal(right);
                    yield r;
                }
                case SUB -> {
                    PySet r = toSet(left);
                    SetMethods.differenceUpdate(r, right);
                    yield r;
                }
                case BITXOR -> {
                    if (left instanceof View a && a.kind == DictType.IterKind.ITEMS
                            && right instanceof View b && b.kind == DictType.IterKind.ITEMS) {
                        yield itemsXor(a.dict, b.dict);
                    }
                    PySet r = toSet(left);
                    SetMethods.symmetricDifferenceUpdate(r, right);
                    yield r;
                }
                default -> PyNotImplemented.NOT_IMPLEMENTED;
            };
        }
    }

    private static boolean allContainedIn(PyObject self, PyObject other) {
        PyObject it = self.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (!other.contains(x)) return false;
        }
        return true;
    }

    /** set(x), starting from the dict itself for a keys view of a plain dict (dictviews_to_set). */
    private static PySet toSet(PyObject x) {
        PySet s = PySet.newSet();
        if (x instanceof View v && v.kind == DictType.IterKind.KEYS && v.dict.getClass() == PyDict.class) {
            s.updateInternal(v.dict);
        } else {
            s.updateInternal(x);
        }
        return s;
    }

    /** _PyDictView_Intersect */
    private static PyObject intersect(PyObject self, PyObject other) {
        if (!(self instanceof View v && v.setLike())) {
            PyObject t = other;
            other = self;
            self = t;
        }
        View view = (View) self;
        int lenSelf = view.len();
        if (other.getClass() == PySet.class && other.type() == PySet.SET_TYPE && lenSelf <= ((PySet) other).used) {
            return SetMethods.intersection((PySet) other, self);
        }
        if (other instanceof View ov && ov.setLike() && ov.len() > lenSelf) {
            PyObject t = other;
            other = self;
            self = t;
        }
        PySet result = PySet.newSet();
        PyObject it = other.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            if (self.contains(k)) result.add(k);
        }
        return result;
    }

    /** dict_items ^ dict_items (dictitems_xor): pairs of the second not equal in the first, then the first's rest. */
    private static PySet itemsXor(PyDict d1, PyDict d2) {
        PyDict temp = DictMethods.plainCopy(d1);
        PySet result = PySet.newSet();
        for (int i = 0; i < d2.limit(); i++) {
            PyObject k = d2.keyAt(i);
            if (k == null) continue;
            PyObject v2 = d2.valueAtPos(i);
            PyObject v1 = temp.get(k);
            if (v1 != null && Ops.eq(v1, v2)) {
                temp.remove(k);
            } else {
                result.add(PyTuple.of(k, v2));
            }
        }
        result.updateInternal(new View(temp, DictType.IterKind.ITEMS));
        return result;
    }

    private static boolean isDisjoint(View self, PyObject other) {
        if (self == other) return self.len() == 0;
        PyObject a = self, b = other;
        if (other instanceof PySet || other instanceof View v && v.setLike()) {
            if (other.len() > self.len()) {
                a = other;
                b = self;
            }
        }
        PyObject it = b.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (a.contains(x)) return false;
        }
        return true;
    }

    /** reversed(dict) and reversed(view): walks the entries from the newest. */
    public static final class ReverseIterator extends PyObject {
        public static final PyType KEY_TYPE = new PyType("dict_reversekeyiterator", PyType.OBJECT, true, null).markFinal();
        public static final PyType VALUE_TYPE = new PyType("dict_reversevalueiterator", PyType.OBJECT, true, null).markFinal();
        public static final PyType ITEM_TYPE = new PyType("dict_reverseitemiterator", PyType.OBJECT, true, null).markFinal();
        private final PyDict dict;
        private final DictType.IterKind kind;
        private final int size;
        private int pos;

        public ReverseIterator(PyDict dict, DictType.IterKind kind) {
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
            this.pos = dict.limit() - 1;
        }

        @Override
        public PyType type() {
            return switch (kind) {
                case KEYS -> KEY_TYPE;
                case VALUES -> VALUE_TYPE;
                case ITEMS -> ITEM_TYPE;
            };
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (pos < 0) return null;
            if (dict.size() != size) {
                pos = -1;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            while (pos >= 0) {
                int i = pos--;
                if (i >= dict.limit()) continue;
                PyObject k = dict.keyAt(i);
                if (k != null) {
                    return switch (kind) {
                        case KEYS -> k;
                        case VALUES -> dict.valueAtPos(i);
                        case ITEMS -> PyTuple.of(k, dict.valueAtPos(i));
                    };
                }
            }
            return null;
        }
    }
}
