package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyCell;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;

/** Loads, stores and deletes of variables: local slots, cells, globals (cached per site) and class namespaces. */
final class Names {
    private Names() {}

    static final class Const extends ExprNode {
        final PyObject value;

        Const(Span at, PyObject value) {
            super(at);
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            return value;
        }

        @Override
        PyObject constant() {
            return value;
        }
    }

    static final class Local extends TargetNode {
        final int slot;
        final String name;

        Local(Span at, int slot, String name) {
            super(at);
            this.slot = slot;
            this.name = name;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = f.locals[slot];
            if (v == null) throw at(Errors.unboundLocal(name), f);
            return v;
        }

        @Override
        int localSlot() {
            return slot;
        }

        @Override
        void assign(Frame f, PyObject value) {
            f.locals[slot] = value;
        }

        @Override
        void delete(Frame f) {
            if (f.locals[slot] == null) throw at(Errors.unboundLocal(name), f);
            f.locals[slot] = null;
        }
    }

    static final class Cell extends TargetNode {
        final int slot;
        final String name;
        final boolean free;

        Cell(Span at, int slot, String name, boolean free) {
            super(at);
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = ((PyCell) f.locals[slot]).value;
            if (v == null) throw at(free ? Errors.unboundFree(name) : Errors.unboundLocal(name), f);
            return v;
        }

        @Override
        void assign(Frame f, PyObject value) {
            ((PyCell) f.locals[slot]).value = value;
        }

        @Override
        void delete(Frame f) {
            PyCell c = (PyCell) f.locals[slot];
            if (c.value == null) throw at(free ? Errors.unboundFree(name) : Errors.unboundLocal(name), f);
            c.value = null;
        }
    }

    /** A global name with a per-site cache keyed by the dicts' key versions. */
    static final class Global extends TargetNode {
        final String name;
        private PyDict cachedGlobals;
        private int globalsVersion = -1;
        private int globalsIndex = -1;
        private PyDict cachedBuiltins;
        private int builtinsVersion = -1;
        private PyObject builtinValue;

        Global(Span at, String name) {
            super(at);
            this.name = name;
        }

        @Override
        PyObject eval(Frame f) {
            PyDict g = f.globals;
            if (g == cachedGlobals && g.keysVersion == globalsVersion) {
                if (globalsIndex >= 0) {
                    PyObject v = g.valueAt(globalsIndex);
                    if (v != null) return v;
                } else if (f.builtins == cachedBuiltins && f.builtins.keysVersion == builtinsVersion) {
                    return builtinValue;
                }
            }
            return slowLoad(f);
        }

        private PyObject slowLoad(Frame f) {
            PyDict g = f.globals;
            int ix = g.indexOfStr(name);
            cachedGlobals = g;
            globalsVersion = g.keysVersion;
            globalsIndex = ix;
            if (ix >= 0) return g.valueAt(ix);
            PyDict b = f.builtins;
            PyObject v = b.getStr(name);
            if (v == null) {
                cachedGlobals = null;
                throw at(Errors.nameError(name), f);
            }
            cachedBuiltins = b;
            builtinsVersion = b.keysVersion;
            builtinValue = v;
            return v;
        }

        @Override
        void assign(Frame f, PyObject value) {
            PyDict g = f.globals;
            if (g == cachedGlobals && g.keysVersion == globalsVersion && globalsIndex >= 0) {
                g.setValueAt(globalsIndex, value);
                return;
            }
            g.putStr(name, value);
        }

        @Override
        void delete(Frame f) {
            if (f.globals.delStr(name) == null) throw at(Errors.nameError(name), f);
        }
    }

    /** A name in a class body or exec'd namespace: the namespace mapping, then globals, then builtins. */
    static final class Namespace extends TargetNode {
        final String name;
        final PyStr key;
        /** Slot of a cell to consult after the namespace (a free variable of a class body), or -1. */
        final int cellSlot;

        Namespace(Span at, String name, int cellSlot) {
            super(at);
            this.name = name;
            this.key = PyStr.of(name);
            this.cellSlot = cellSlot;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject ns = f.namespace;
            PyObject v;
            if (ns instanceof PyDict d) {
                v = d.getStr(name);
            } else {
                try {
                    v = ns.getItem(key);
                } catch (PyException e) {
                    if (!e.matches(dev.taipan.runtime.PyExc.KeyError)) throw e;
                    v = null;
                }
            }
            if (v != null) return v;
            if (cellSlot >= 0) {
                v = ((PyCell) f.locals[cellSlot]).value;
                if (v == null) throw at(Errors.unboundFree(name), f);
                return v;
            }
            v = f.globals.getStr(name);
            if (v != null) return v;
            v = f.builtins.getStr(name);
            if (v != null) return v;
            throw at(Errors.nameError(name), f);
        }

        @Override
        void assign(Frame f, PyObject value) {
            if (f.namespace instanceof PyDict d) d.putStr(name, value);
            else f.namespace.setItem(key, value);
        }

        @Override
        void delete(Frame f) {
            try {
                f.namespace.delItem(key);
            } catch (PyException e) {
                if (e.matches(dev.taipan.runtime.PyExc.KeyError)) throw at(Errors.nameError(name), f);
                throw e;
            }
        }
    }
}
