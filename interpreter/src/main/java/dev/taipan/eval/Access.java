package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyInstance;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PySlice;
import dev.taipan.runtime.PyTuple;

/** Attribute and subscript access, slices, and unpacking assignment targets. */
final class Access {
    private Access() {}

    static final class Attribute extends TargetNode {
        final ExprNode value;
        final String name;

        Attribute(Span at, ExprNode value, String name) {
            super(at);
            this.value = value;
            this.name = name.intern();
            this.key = dev.taipan.runtime.PyStr.intern(this.name);
        }

        /** The name as a str object: the dict key an assignment stores without allocating one. */
        private final dev.taipan.runtime.PyStr key;

        /** Inline cache: what `name` resolves to on cachedType (at cachedVersion), for plain instances. */
        private PyType cachedType;
        private int cachedVersion;
        private PyObject cachedDescr;
        private boolean cachedData;

        @Override
        PyObject eval(Frame f) {
            PyObject o = value.eval(f);
            if (o instanceof PyInstance) {
                PyType t = o.type();
                if (!t.hasGetattribute && !t.hasGetattr) {
                    if (t != cachedType || t.version != cachedVersion) {
                        PyObject d = t.lookup(name);
                        cachedDescr = d;
                        cachedData = d != null && d.isDataDescriptor();
                        cachedVersion = t.version;
                        cachedType = t;
                    }
                    PyObject d = cachedDescr;
                    if (!cachedData) {
                        PyDict dict = o.dict();
                        if (dict != null) {
                            PyObject v = dict.getStr(name);
                            if (v != null) return v;
                        }
                        if (d != null) {
                            try {
                                return d.isDescriptor() ? d.descrGet(o, t) : d;
                            } catch (PyException e) {
                                throw at(e, f);
                            }
                        }
                    }
                }
            }
            try {
                return o.getAttr(name);
            } catch (PyException e) {
                throw at(e, f);
            }
        }

        /** Store-side inline cache: whether `name` is a data descriptor on storeType (at storeVersion). */
        private PyType storeType;
        private int storeVersion;
        private boolean storeData;

        @Override
        void assign(Frame f, PyObject v) {
            PyObject o = value.eval(f);
            if (o instanceof PyInstance) {
                PyType t = o.type();
                if (!t.hasSetattr) {
                    if (t != storeType || t.version != storeVersion) {
                        PyObject d = t.lookup(name);
                        storeData = d != null && d.isDataDescriptor();
                        storeVersion = t.version;
                        storeType = t;
                    }
                    PyDict dict;
                    if (!storeData && (dict = o.dict()) != null) {
                        dict.putStr(key, v);
                        return;
                    }
                }
            }
            try {
                o.setAttr(name, v);
            } catch (PyException e) {
                throw at(e, f);
            }
        }

        @Override
        void delete(Frame f) {
            PyObject o = value.eval(f);
            try {
                o.delAttr(name);
            } catch (PyException e) {
                throw at(e, f);
            }
        }
    }

    static final class Subscript extends TargetNode {
        final ExprNode value, index;

        Subscript(Span at, ExprNode value, ExprNode index) {
            super(at);
            this.value = value;
            this.index = index;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject o = value.eval(f);
            PyObject k = index.eval(f);
            try {
                return o.getItem(k);
            } catch (PyException e) {
                throw at(e, f);
            }
        }

        @Override
        int anchorKind() {
            return 2;
        }

        @Override
        int anchorCol() {
            return value.endCol;
        }

        @Override
        void assign(Frame f, PyObject v) {
            PyObject o = value.eval(f);
            PyObject k = index.eval(f);
            try {
                o.setItem(k, v);
            } catch (PyException e) {
                throw at(e, f);
            }
        }

        @Override
        void delete(Frame f) {
            PyObject o = value.eval(f);
            PyObject k = index.eval(f);
            try {
                o.delItem(k);
            } catch (PyException e) {
                throw at(e, f);
            }
        }
    }

    static final class Slice extends ExprNode {
        final ExprNode lower, upper, step;

        Slice(Span at, ExprNode lower, ExprNode upper, ExprNode step) {
            super(at);
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        PyObject eval(Frame f) {
            return new PySlice(lower == null ? PyNone.NONE : lower.eval(f), upper == null ? PyNone.NONE : upper.eval(f),
                    step == null ? PyNone.NONE : step.eval(f));
        }
    }

    /** a, b, *rest = value (also [a, b] = value). starIndex is -1 when there is no starred target. */
    static final class Unpack extends TargetNode {
        final TargetNode[] targets;
        final int starIndex;
        final boolean isList;

        Unpack(Span at, TargetNode[] targets, int starIndex, boolean isList, ExprNode[] loads) {
            super(at);
            this.targets = targets;
            this.starIndex = starIndex;
            this.isList = isList;
            this.loads = loads;
        }

        /** The same elements as loads, for when the tuple/list is used as a value. */
        final ExprNode[] loads;

        @Override
        PyObject eval(Frame f) {
            PyObject[] items = new PyObject[loads.length];
            for (int i = 0; i < loads.length; i++) items[i] = loads[i].eval(f);
            return isList ? new PyList(items, items.length) : PyTuple.wrap(items);
        }

        @Override
        void assign(Frame f, PyObject value) {
            PyObject[] items;
            try {
                items = unpack(value);
            } catch (PyException e) {
                throw at(e, f);
            }
            if (starIndex < 0) {
                for (int i = 0; i < targets.length; i++) targets[i].assign(f, items[i]);
                return;
            }
            int after = targets.length - starIndex - 1;
            for (int i = 0; i < starIndex; i++) targets[i].assign(f, items[i]);
            int restLen = items.length - starIndex - after;
            PyObject[] rest = new PyObject[restLen];
            System.arraycopy(items, starIndex, rest, 0, restLen);
            targets[starIndex].assign(f, new PyList(rest, restLen));
            for (int i = 0; i < after; i++) targets[starIndex + 1 + i].assign(f, items[starIndex + restLen + i]);
        }

        private PyObject[] unpack(PyObject value) {
            int n = targets.length;
            if (value instanceof PyTuple t && starIndex < 0 && value.getClass() == PyTuple.class) {
                if (t.items.length == n) return t.items;
                throw countError(t.items.length);
            }
            PyObject it;
            try {
                it = value.iter();
            } catch (PyException e) {
                if (e.matches(dev.taipan.runtime.PyExc.TypeError) && e.value.args.size() == 1
                        && e.value.args.get(0).str().endsWith("is not iterable")) {
                    throw Errors.typeError("cannot unpack non-iterable " + value.type().name + " object");
                }
                throw e;
            }
            if (starIndex < 0) {
                PyObject[] out = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    PyObject v = it.next();
                    if (v == null) {
                        throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                    }
                    out[i] = v;
                }
                if (it.next() != null) {
                    int len = -1;
                    try {
                        len = value.len();
                    } catch (PyException ignored) {
                        len = -1;
                    }
                    if (len >= 0) throw Errors.valueError("too many values to unpack (expected " + n + ", got " + len + ")");
                    throw Errors.valueError("too many values to unpack (expected " + n + ")");
                }
                return out;
            }
            PyList all = new PyList();
            for (PyObject v = it.next(); v != null; v = it.next()) all.append(v);
            int min = n - 1;
            if (all.size < min) {
                throw Errors.valueError("not enough values to unpack (expected at least " + min + ", got " + all.size + ")");
            }
            return all.toArray();
        }

        private PyException countError(int got) {
            int n = targets.length;
            if (got < n) return Errors.valueError("not enough values to unpack (expected " + n + ", got " + got + ")");
            return Errors.valueError("too many values to unpack (expected " + n + ", got " + got + ")");
        }

        @Override
        void delete(Frame f) {
            for (TargetNode t : targets) t.delete(f);
        }
    }

    /** *name inside an unpacking target: assigned the list of the remaining items. */
    static final class StarTarget extends TargetNode {
        final TargetNode inner;

        StarTarget(Span at, TargetNode inner) {
            super(at);
            this.inner = inner;
        }

        @Override
        PyObject eval(Frame f) {
            throw Errors.of(dev.taipan.runtime.PyExc.SyntaxError, "can't use starred expression here");
        }

        @Override
        void assign(Frame f, PyObject value) {
            inner.assign(f, value);
        }

        @Override
        void delete(Frame f) {
            inner.delete(f);
        }
    }
}
