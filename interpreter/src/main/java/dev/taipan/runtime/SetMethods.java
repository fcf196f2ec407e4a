package dev.taipan.runtime;

import dev.taipan.ast.Operator;

/**
 * The methods of set and frozenset, and the set algebra behind them and the operators, each
 * following CPython's setobject.c step by step so results come out in CPython's order.
 */
public final class SetMethods {
    private SetMethods() {}

    private static PyBuiltin.Method setInit;

    public static void install() {
        PyType s = PySet.SET_TYPE;
        PyType f = PySet.FROZENSET_TYPE;
        s.staticNew(SetMethods::newSet);
        s.skipInit = true;
        setInit = new PyBuiltin.Method(s, "__init__", (self, args, kw) -> {
            initSet((PySet) self, args, kw);
            return PyNone.NONE;
        });
        s.define("__init__", setInit);
        f.staticNew(SetMethods::newFrozenset);
        s.define("__hash__", PyNone.NONE);
        f.method0("__hash__", self -> PyInt.of(((PySet) self).frozenHash()));

        s.method1("add", (self, x) -> {
            ((PySet) self).add(x);
            return PyNone.NONE;
        });
        s.method0("clear", self -> {
            ((PySet) self).clear();
            return PyNone.NONE;
        });
        s.method1("discard", (self, x) -> {
            ((PySet) self).discardItem(x);
            return PyNone.NONE;
        });
        s.method1("remove", (self, x) -> {
            if (!((PySet) self).discardItem(x)) throw Errors.keyError(x);
            return PyNone.NONE;
        });
        s.method0("pop", self -> ((PySet) self).pop());
        s.method("update", (self, args, kw) -> {
            ArgParser.noKeywords("set.update", kw);
            for (PyObject o : args) ((PySet) self).updateInternal(o);
            return PyNone.NONE;
        });
        s.method("intersection_update", (self, args, kw) -> {
            ArgParser.noKeywords("set.intersection_update", kw);
            ((PySet) self).swapBodies(intersectionMulti((PySet) self, args));
            return PyNone.NONE;
        });
        s.method("difference_update", (self, args, kw) -> {
            ArgParser.noKeywords("set.difference_update", kw);
            for (PyObject o : args) differenceUpdate((PySet) self, o);
            return PyNone.NONE;
        });
        s.method1("symmetric_difference_update", (self, x) -> {
            symmetricDifferenceUpdate((PySet) self, x);
            return PyNone.NONE;
        });
        s.method0("copy", self -> copy((PySet) self));
        f.method0("copy", self -> self.type() == PySet.FROZENSET_TYPE ? self : copy((PySet) self));

        for (PyType t : new PyType[] {s, f}) {
            String n = t.name;
            t.method("union", (self, args, kw) -> {
                ArgParser.noKeywords(n + ".union", kw);
                return union((PySet) self, args);
            });
            t.method("intersection", (self, args, kw) -> {
                ArgParser.noKeywords(n + ".intersection", kw);
                return intersectionMulti((PySet) self, args);
            });
            t.method("difference", (self, args, kw) -> {
                ArgParser.noKeywords(n + ".difference", kw);
                return differenceMulti((PySet) self, args);
            });
            t.method1("symmetric_difference", (self, x) -> symmetricDifference((PySet) self, x));
            t.method1("issubset", (self, x) -> PyBool.of(isSubset((PySet) self, x)));
            t.method1("issuperset", (self, x) -> PyBool.of(isSuperset((PySet) self, x)));
            t.method1("isdisjoint", (self, x) -> PyBool.of(isDisjoint((PySet) self, x)));
            t.method0("__len__", self -> PyInt.of(((PySet) self).used));
            t.method1("__contains__", (self, x) -> PyBool.of(((PySet) self).containsItem(x)));
            t.method0("__iter__", self -> new PySet.SetIterator((PySet) self));
            t.method0("__repr__", self -> PyStr.of(PySet.setRepr((PySet) self)));
            for (CompareOp op : CompareOp.values()) {
                t.method1(op.dunder, (self, x) -> x instanceof PySet o
                        ? PyBool.of(compare((PySet) self, o, op)) : PyNotImplemented.NOT_IMPLEMENTED);
            }
            for (Operator op : new Operator[] {Operator.BITOR, Operator.BITAND, Operator.SUB, Operator.BITXOR}) {
                t.method1(op.dunder, (self, x) -> ((PySet) self).binaryOp(op, x, false));
                t.method1(op.rdunder, (self, x) -> ((PySet) self).binaryOp(op, x, true));
            }
        }
        for (Operator op : new Operator[] {Operator.BITOR, Operator.BITAND, Operator.SUB, Operator.BITXOR}) {
            s.method1(op.idunder, (self, x) -> {
                PyObject r = ((PySet) self).inplaceOp(op, x);
                return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
            });
        }
        Iterators.installIteratorProtocol(PySet.SetIterator.TYPE);
    }

    // ---- construction --------------------------------------------------------------------------

    private static PyObject newSet(PyType cls, PyObject[] args, String[] kw) {
        PySet s = cls == PySet.SET_TYPE ? PySet.newSet() : (PySet) cls.allocator.allocate(cls);
        if (cls == PySet.SET_TYPE || ListMethods.fillsInNew(cls, setInit)) {
            initSet(s, args, kw);
        }
        return s;
    }

    private static void initSet(PySet s, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("set", kw);
        if (args.length > 1) throw Errors.typeError(s.type().name + " expected at most 1 argument, got " + args.length);
        if (s.fill > 0) s.clear();
        s.cachedHash = -1;
        if (args.length == 1) s.updateInternal(args[0]);
    }

    private static PyObject newFrozenset(PyType cls, PyObject[] args, String[] kw) {
        if (cls == PySet.FROZENSET_TYPE || cls.lookup("__init__") instanceof PyBuiltin.Method m && m.owner == PyType.OBJECT) {
            ArgParser.noKeywords("frozenset", kw);
        }
        int npos = args.length - Call.kwCount(kw);
        if (npos > 1) throw Errors.typeError(cls.name + " expected at most 1 argument, got " + npos);
        PyObject iterable = npos == 1 ? args[0] : null;
        if (cls == PySet.FROZENSET_TYPE && iterable != null && iterable.type() == PySet.FROZENSET_TYPE) return iterable;
        PySet s = cls == PySet.FROZENSET_TYPE ? PySet.newFrozen() : (PySet) cls.allocator.allocate(cls);
        if (iterable != null) s.updateInternal(iterable);
        return s;
    }

    /** frozenset(iterable) for Java callers. */
    public static PySet frozensetOf(PyObject iterable) {
        PySet s = PySet.newFrozen();
        s.updateInternal(iterable);
        return s;
    }

    // ---- algebra (CPython's setobject.c, in its order) ------------------------------------------

    static PySet copy(PySet so) {
        return PySet.newBaseFrom(so, so);
    }

    static PySet union(PySet so, PyObject[] others) {
        PySet result = copy(so);
        for (PyObject o : others) {
            if (o != so) result.updateInternal(o);
        }
        return result;
    }

    static PySet or(PySet so, PySet other) {
        PySet result = copy(so);
        if (other != so) result.updateInternal(other);
        return result;
    }

    static PySet intersection(PySet so, PyObject other) {
        if (other == so) return copy(so);
        PySet result = PySet.newBase(so);
        if (other instanceof PySet o) {
            PySet big = so, small = o;
            if (o.used > so.used) {
                big = o;
                small = so;
            }
            for (int i = 0; i <= small.mask; i++) {
                PyObject k = small.keys[i];
                if (k == null || k == PySet.DUMMY) continue;
                long h = small.hashes[i];
                if (big.containsEntry(k, h)) result.addEntry(k, h);
            }
            return result;
        }
        PyObject it = other.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            long h = k.hash();
            if (so.containsEntry(k, h)) {
                result.addEntry(k, h);
                if (result.used >= so.used) break;
            }
        }
        return result;
    }

    static PySet intersectionMulti(PySet so, PyObject[] others) {
        if (others.length == 0) return copy(so);
        PySet result = so;
        for (PyObject o : others) result = intersection(result, o);
        return result;
    }

    static void intersectionUpdate(PySet so, PyObject other) {
        so.swapBodies(intersection(so, other));
    }

    static boolean isDisjoint(PySet so, PyObject other) {
        if (other == so) return so.used == 0;
        if (other instanceof PySet o && (o.type() == PySet.SET_TYPE || o.type() == PySet.FROZENSET_TYPE)) {
            PySet big = so, small = o;
            if (o.used > so.used) {
                big = o;
                small = so;
            }
            for (int i = 0; i <= small.mask; i++) {
                PyObject k = small.keys[i];
                if (k != null && k != PySet.DUMMY && big.containsEntry(k, small.hashes[i])) return false;
            }
            return true;
        }
        PyObject it = other.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            if (so.containsKey(k)) return false;
        }
        return true;
    }

    static void differenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet src = (o.used >> 3) > so.used ? intersection(so, o) : o;
            for (int i = 0; i <= src.mask; i++) {
                PyObject k = src.keys[i];
                if (k != null && k != PySet.DUMMY) so.discardEntry(k, src.hashes[i]);
            }
        } else {
            PyObject it = other.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) so.discardKey(k);
        }
        if (so.fill - so.used <= so.mask / 4) return;
        so.resize(so.used > 50000 ? so.used * 2L : so.used * 4L);
    }

    private static PySet copyAndDifference(PySet so, PyObject other) {
        PySet result = copy(so);
        differenceUpdate(result, other);
        return result;
    }

    static PySet difference(PySet so, PyObject other) {
        int otherSize;
        PyDict dict = null;
        if (other instanceof PySet o) {
            otherSize = o.used;
        } else if (other.getClass() == PyDict.class) {
            dict = (PyDict) other;
            otherSize = dict.size();
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.used >> 2) > otherSize) return copyAndDifference(so, other);
        PySet result = PySet.newBase(so);
        for (int i = 0; i <= so.mask; i++) {
            PyObject k = so.keys[i];
            if (k == null || k == PySet.DUMMY) continue;
            long h = so.hashes[i];
            boolean in = dict != null ? dict.containsKey(k) : ((PySet) other).containsEntry(k, h);
            if (!in) result.addEntry(k, h);
        }
        return result;
    }

    static PySet differenceMulti(PySet so, PyObject[] others) {
        if (others.length == 0) return copy(so);
        PySet result = difference(so, others[0]);
        for (int i = 1; i < others.length; i++) differenceUpdate(result, others[i]);
        return result;
    }

    static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            for (int i = 0; i < d.limit(); i++) {
                PyObject k = d.keyAt(i);
                if (k == null) continue;
                long h = k.hash();
                if (!so.discardEntry(k, h)) so.addEntry(k, h);
            }
            return;
        }
        PySet o = other instanceof PySet os ? os : PySet.newBaseFrom(so, other);
        for (int i = 0; i <= o.mask; i++) {
            PyObject k = o.keys[i];
            if (k == null || k == PySet.DUMMY) continue;
            long h = o.hashes[i];
            if (!so.discardEntry(k, h)) so.addEntry(k, h);
        }
    }

    static PySet symmetricDifference(PySet so, PyObject other) {
        PySet result = PySet.newBaseFrom(so, other);
        symmetricDifferenceUpdate(result, so);
        return result;
    }

    static boolean isSubset(PySet so, PyObject other) {
        if (!(other instanceof PySet o)) {
            return intersection(so, other).used == so.used;
        }
        if (so.used > o.used) return false;
        for (int i = 0; i <= so.mask; i++) {
            PyObject k = so.keys[i];
            if (k != null && k != PySet.DUMMY && !o.containsEntry(k, so.hashes[i])) return false;
        }
        return true;
    }

    static boolean isSuperset(PySet so, PyObject other) {
        if (other instanceof PySet o) return isSubset(o, so);
        PyObject it = other.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            if (!so.containsKey(k)) return false;
        }
        return true;
    }

    /** The rich comparison of two sets (set_richcompare). */
    static boolean compare(PySet v, PySet w, CompareOp op) {
        return switch (op) {
            case EQ -> v.used == w.used && !(v.cachedHash != -1 && w.cachedHash != -1 && v.cachedHash != w.cachedHash) && isSubset(v, w);
            case NE -> !compare(v, w, CompareOp.EQ);
            case LE -> isSubset(v, w);
            case GE -> isSuperset(v, w);
            case LT -> v.used < w.used && isSubset(v, w);
            case GT -> v.used > w.used && isSuperset(v, w);
        };
    }
}
