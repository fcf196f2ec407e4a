package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;

/** Tuple, list, set and dict displays (with * and ** unpacking) and f-strings. */
final class Displays {
    private Displays() {}

    /** Evaluates elements, expanding starred ones; stars[i] marks a *element. */
    static PyObject[] elements(Frame f, ExprNode[] elts, boolean[] stars, ExprNode owner) {
        if (stars == null) {
            PyObject[] out = new PyObject[elts.length];
            for (int i = 0; i < elts.length; i++) out[i] = elts[i].eval(f);
            return out;
        }
        PyList acc = new PyList(elts.length + 4);
        for (int i = 0; i < elts.length; i++) {
            PyObject v = elts[i].eval(f);
            if (stars[i]) {
                PyObject it;
                try {
                    it = v.iter();
                } catch (PyException e) {
                    if (e.matches(dev.taipan.runtime.PyExc.TypeError)) {
                        throw owner.at(Errors.typeError("Value after * must be an iterable, not " + v.type().name), f);
                    }
                    throw e;
                }
                for (PyObject x = it.next(); x != null; x = it.next()) acc.append(x);
            } else {
                acc.append(v);
            }
        }
        return acc.toArray();
    }

    static final class TupleDisplay extends ExprNode {
        final ExprNode[] elts;
        final boolean[] stars;

        TupleDisplay(Span at, ExprNode[] elts, boolean[] stars) {
            super(at);
            this.elts = elts;
            this.stars = stars;
        }

        @Override
        PyObject eval(Frame f) {
            return PyTuple.wrap(elements(f, elts, stars, this));
        }
    }

    static final class ListDisplay extends ExprNode {
        final ExprNode[] elts;
        final boolean[] stars;

        ListDisplay(Span at, ExprNode[] elts, boolean[] stars) {
            super(at);
            this.elts = elts;
            this.stars = stars;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject[] items = elements(f, elts, stars, this);
            return new PyList(items.length == 0 ? new PyObject[4] : items, items.length);
        }
    }

    static final class SetDisplay extends ExprNode {
        final ExprNode[] elts;
        final boolean[] stars;
        /** Three or more constants and no stars: CPython builds these from a frozenset constant, which orders differently. */
        final boolean constant;

        SetDisplay(Span at, ExprNode[] elts, boolean[] stars, boolean constant) {
            super(at);
            this.elts = elts;
            this.stars = stars;
            this.constant = constant;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject[] items = new PyObject[elts.length];
            for (int i = 0; i < items.length; i++) items[i] = elts[i].eval(f);
            try {
                if (constant) return dev.taipan.runtime.PySet.displayOfConstants(items);
                dev.taipan.runtime.PySet set = dev.taipan.runtime.PySet.newSet();
                for (int i = 0; i < items.length; i++) {
                    if (stars != null && stars[i]) set.updateInternal(items[i]);
                    else set.add(items[i]);
                }
                return set;
            } catch (PyException e) {
                throw at(e, f);
            }
        }
    }

    static final class DictDisplay extends ExprNode {
        /** keys[i] == null means values[i] is a **mapping. */
        final ExprNode[] keys, values;

        DictDisplay(Span at, ExprNode[] keys, ExprNode[] values) {
            super(at);
            this.keys = keys;
            this.values = values;
        }

        @Override
        PyObject eval(Frame f) {
            PyDict d = new PyDict(keys.length);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    PyObject m = values[i].eval(f);
                    try {
                        mergeMapping(d, m, null);
                    } catch (PyException e) {
                        throw at(e, f);
                    }
                } else {
                    PyObject k = keys[i].eval(f);
                    PyObject v = values[i].eval(f);
                    try {
                        d.put(k, v);
                    } catch (PyException e) {
                        throw at(e, f);
                    }
                }
            }
            return d;
        }
    }

    /** Copies a mapping's items into d (for {**m} and f(**m)); fname non-null rejects duplicate keys. */
    static void mergeMapping(PyDict d, PyObject m, String fname) {
        if (m instanceof PyDict src && m.getClass() == PyDict.class) {
            for (int i = 0; i < src.limit(); i++) {
                PyObject k = src.keyAt(i);
                if (k == null) continue;
                if (fname != null) checkKey(d, k, fname);
                d.put(k, src.valueAtPos(i));
            }
            return;
        }
        PyObject keysMethod = m.lookupAttr("keys");
        if (keysMethod == null) {
            if (fname != null) {
                throw Errors.typeError(fname + " argument after ** must be a mapping, not " + m.type().name);
            }
            throw Errors.typeError("'" + m.type().name + "' object is not a mapping");
        }
        PyObject it = keysMethod.call().iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            if (fname != null) checkKey(d, k, fname);
            d.put(k, m.getItem(k));
        }
    }

    private static void checkKey(PyDict d, PyObject k, String fname) {
        if (!(k instanceof PyStr)) {
            throw Errors.typeError("keywords must be strings");
        }
        if (d.containsKey(k)) {
            throw Errors.typeError(fname + " got multiple values for keyword argument '" + ((PyStr) k).value + "'");
        }
    }

    /** f"...": concatenation of literal pieces and formatted values. */
    static final class FString extends ExprNode {
        final ExprNode[] parts;

        FString(Span at, ExprNode[] parts) {
            super(at);
            this.parts = parts;
        }

        @Override
        PyObject eval(Frame f) {
            StringBuilder sb = new StringBuilder();
            for (ExprNode p : parts) {
                PyObject v = p.eval(f);
                sb.append(((PyStr) v).value);
            }
            return PyStr.of(sb.toString());
        }
    }

    static final class Formatted extends ExprNode {
        final ExprNode value;
        final int conversion;
        final ExprNode spec;

        Formatted(Span at, ExprNode value, int conversion, ExprNode spec) {
            super(at);
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            try {
                if (conversion == 'r') v = PyStr.of(v.repr());
                else if (conversion == 's') v = PyStr.of(v.str());
                else if (conversion == 'a') v = PyStr.of(dev.taipan.runtime.StrFormat.ascii(v));
                String s = spec == null ? "" : ((PyStr) spec.eval(f)).value;
                if (s.isEmpty() && v.getClass() == PyStr.class) return v;
                return PyStr.of(dev.taipan.runtime.StrFormat.format(v, s));
            } catch (PyException e) {
                throw at(e, f);
            }
        }
    }
}
