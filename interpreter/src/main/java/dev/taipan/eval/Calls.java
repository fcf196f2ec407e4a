package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyCell;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyFunction;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyType;

/** Call nodes: plain positional calls, calls with keywords, general calls with * and **, and method calls. */
final class Calls {
    private Calls() {}

    /** f(a, b, k=v): no unpacking. kwnames may be null. */
    static final class Simple extends ExprNode {
        final ExprNode func;
        final ExprNode[] args;
        final String[] kwnames;

        @Override
        int anchorKind() {
            return 2;
        }

        @Override
        int anchorCol() {
            return func.endCol;
        }

        Simple(Span at, ExprNode func, ExprNode[] args, String[] kwnames) {
            super(at);
            this.func = func;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        PyObject eval(Frame f) {
            return evalWith(f, func.eval(f));
        }

        /** The call with the callee already evaluated. */
        PyObject evalWith(Frame f, PyObject fn) {
            int n = args.length;
            if (kwnames == null && fn instanceof PyFunction pf) {
                Frame callee = pf.directFrame(n);
                if (callee != null) {
                    PyObject[] slots = callee.locals;
                    for (int i = 0; i < n; i++) slots[i] = args[i].eval(f);
                    try {
                        return pf.enter(callee);
                    } catch (PyException e) {
                        throw at(e, f);
                    }
                }
            }
            PyObject[] a = new PyObject[n];
            for (int i = 0; i < n; i++) a[i] = args[i].eval(f);
            try {
                return fn.call(a, kwnames);
            } catch (PyException e) {
                throw at(e, f);
            }
        }
    }

    /** obj.name(args): skips the bound-method allocation for Python and built-in methods. */
    static final class Method extends ExprNode {
        final ExprNode obj;
        final String name;
        final ExprNode[] args;
        final String[] kwnames;

        final int attrEndCol;
        /** Inline cache of the method found on the receiver's type. */
        private PyType cachedType;
        private int cachedVersion;
        private PyObject cachedMethod;

        @Override
        int anchorKind() {
            return 2;
        }

        @Override
        int anchorCol() {
            return obj.endCol;
        }

        Method(Span at, ExprNode obj, String name, ExprNode[] args, String[] kwnames, int attrEndCol) {
            super(at);
            this.attrEndCol = attrEndCol;
            this.obj = obj;
            this.name = name.intern();
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        PyObject eval(Frame f) {
            return call(f, null);
        }

        /**
         * `await o.m(...)`: a coroutine method called by position runs inline with no coroutine
         * object; anything else is called and then awaited. Errors are located at awaitNode.
         */
        PyObject evalAwaited(Frame f, ExprNode awaitNode) {
            return call(f, awaitNode);
        }

        private PyObject call(Frame f, ExprNode awaitNode) {
            PyObject o = obj.eval(f);
            PyObject m;
            PyObject bound = null;
            try {
                m = lookupMethod(o);
                if (m == null) bound = o.getAttr(name);
            } catch (PyException e) {
                throw e.at(f, line, col, line, attrEndCol);
            }
            ExprNode where = awaitNode != null ? awaitNode : this;
            int n = args.length;
            if (kwnames == null && m instanceof PyFunction pf) {
                Frame callee = pf.directFrame(n + 1);
                if (callee != null) {
                    PyObject[] slots = callee.locals;
                    slots[0] = o;
                    for (int i = 0; i < n; i++) slots[i + 1] = args[i].eval(f);
                    if (awaitNode == null) {
                        try {
                            return pf.enter(callee);
                        } catch (PyException e) {
                            throw at(e, f);
                        }
                    }
                    try {
                        if ((pf.code.flags & dev.taipan.runtime.Code.COROUTINE) != 0) return Awaits.enterAwaited(f, pf, callee);
                        return Awaits.awaitFrom(f, pf.enter(callee));
                    } catch (PyException e) {
                        throw where.at(e, f);
                    }
                }
            }
            PyObject[] a = new PyObject[n];
            for (int i = 0; i < n; i++) a[i] = args[i].eval(f);
            PyObject r;
            try {
                if (bound != null) {
                    r = bound.call(a, kwnames);
                } else if (m instanceof PyFunction fn) {
                    r = fn.callWithSelf(o, a, kwnames);
                } else {
                    r = ((PyBuiltin.Method) m).body.call(o, a, kwnames);
                }
            } catch (PyException e) {
                throw at(e, f);
            }
            if (awaitNode == null) return r;
            try {
                return Awaits.awaitFrom(f, r);
            } catch (PyException e) {
                throw where.at(e, f);
            }
        }

        /** The unbound method when it can be called with o as self directly, else null (and errors raised eagerly). */
        private PyObject lookupMethod(PyObject o) {
            if (o instanceof PyType || o instanceof dev.taipan.runtime.PySuper || o instanceof dev.taipan.runtime.PyModule) return null;
            PyType t = o.type();
            if (t.hasGetattribute) return null;
            PyObject m;
            if (t == cachedType && t.version == cachedVersion) {
                m = cachedMethod;
            } else {
                m = t.lookup(name);
                cachedType = t;
                cachedVersion = t.version;
                cachedMethod = m;
            }
            if (m instanceof PyFunction) {
                PyDict d = o.dict();
                if (d != null && d.size() != 0 && d.getStr(name) != null) return null;
                return m;
            }
            if (m instanceof PyBuiltin.Method) {
                return m;
            }
            return null;
        }
    }

    /** The general form: positional with *iterables, keywords with **mappings. */
    static final class General extends ExprNode {
        final ExprNode func;
        final ExprNode[] args;
        final boolean[] starred;
        /** Keyword names; null entries are **mappings. */
        final String[] kwNames;
        final ExprNode[] kwValues;
        final String displayName;

        @Override
        int anchorKind() {
            return 2;
        }

        @Override
        int anchorCol() {
            return func.endCol;
        }

        General(Span at, ExprNode func, ExprNode[] args, boolean[] starred, String[] kwNames, ExprNode[] kwValues, String displayName) {
            super(at);
            this.func = func;
            this.args = args;
            this.starred = starred;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
            this.displayName = displayName;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject fn = func.eval(f);
            dev.taipan.runtime.PyList pos = new dev.taipan.runtime.PyList(args.length + 4);
            for (int i = 0; i < args.length; i++) {
                PyObject v = args[i].eval(f);
                if (starred[i]) {
                    PyObject it;
                    try {
                        it = v.iter();
                    } catch (PyException e) {
                        if (e.matches(dev.taipan.runtime.PyExc.TypeError) && v.type().lookup("__iter__") == null) {
                            throw at(Errors.typeError(calleeName(fn) + " argument after * must be an iterable, not " + v.type().name), f);
                        }
                        throw at(e, f);
                    }
                    for (PyObject x = it.next(); x != null; x = it.next()) pos.append(x);
                } else {
                    pos.append(v);
                }
            }
            PyDict kw = new PyDict();
            try {
                for (int i = 0; i < kwNames.length; i++) {
                    PyObject v = kwValues[i].eval(f);
                    if (kwNames[i] == null) {
                        Displays.mergeMapping(kw, v, calleeName(fn));
                    } else {
                        if (kw.getStr(kwNames[i]) != null) {
                            throw Errors.typeError(calleeName(fn) + " got multiple values for keyword argument '" + kwNames[i] + "'");
                        }
                        kw.putStr(kwNames[i], v);
                    }
                }
                return Call.withKeywords(fn, pos.items, pos.size, kw);
            } catch (PyException e) {
                throw at(e, f);
            }
        }
    }

    /** How CPython names a callable in call errors: module.qualname() unless the module is builtins. */
    static String calleeName(PyObject fn) {
        if (fn instanceof PyFunction pf) {
            String mod = pf.module instanceof PyStr ms && !ms.value.equals("builtins") ? ms.value + "." : "";
            return mod + pf.qualname + "()";
        }
        if (fn instanceof PyBuiltin.Function bf) return bf.name + "()";
        if (fn instanceof PyType t) return t.name + "()";
        PyObject qn = fn.lookupAttr("__qualname__");
        if (qn instanceof PyStr s) return s.value + "()";
        return fn.type().name + " object";
    }

    /** super() with no arguments: uses the __class__ cell and the first argument of the enclosing function. */
    static final class ZeroArgSuper extends ExprNode {
        final int classCellSlot;
        final int selfSlot;
        final boolean selfIsCell;

        ZeroArgSuper(Span at, int classCellSlot, int selfSlot, boolean selfIsCell) {
            super(at);
            this.classCellSlot = classCellSlot;
            this.selfSlot = selfSlot;
            this.selfIsCell = selfIsCell;
        }

        @Override
        PyObject eval(Frame f) {
            if (selfSlot < 0) throw at(Errors.runtimeError("super(): no arguments"), f);
            if (classCellSlot < 0) throw at(Errors.runtimeError("super(): __class__ cell not found"), f);
            PyObject cls = ((PyCell) f.locals[classCellSlot]).value;
            if (cls == null) throw at(Errors.runtimeError("super(): empty __class__ cell"), f);
            PyObject self = f.locals[selfSlot];
            if (selfIsCell && self instanceof PyCell c) self = c.value;
            if (self == null) throw at(Errors.runtimeError("super(): arg[0] deleted"), f);
            try {
                return f.builtins.getStr("super").call(cls, self);
            } catch (PyException e) {
                throw at(e, f);
            }
        }
    }
}
