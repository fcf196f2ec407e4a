package dev.taipan.stdlib;

import dev.taipan.ast.Operator;
import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.CompareOp;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyGetSet;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;

/** Installs the Python-visible methods of collections.deque. */
final class DequeMethods {
    private DequeMethods() {}

    private static PyDeque d(PyObject o) {
        return (PyDeque) o;
    }

    private static int intArg(PyObject o) {
        PyInt i = Protocols.index(o);
        if (i.isBig()) return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        long v = i.value;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    static void install(PyType t) {
        t.staticNew((cls, args, kw) -> new PyDeque(cls));
        t.method("__init__", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos > 2) throw Errors.typeError("deque() takes at most 2 arguments (" + npos + " given)");
            PyObject iterable = npos > 0 ? args[0] : null;
            PyObject maxlen = npos > 1 ? args[1] : null;
            for (int k = 0; k < nkw; k++) {
                PyObject v = args[npos + k];
                switch (kw[k]) {
                    case "iterable" -> {
                        if (iterable != null) throw Errors.typeError("argument for deque() given by name ('iterable') and position (1)");
                        iterable = v;
                    }
                    case "maxlen" -> {
                        if (maxlen != null) throw Errors.typeError("argument for deque() given by name ('maxlen') and position (2)");
                        maxlen = v;
                    }
                    default -> throw Errors.typeError("deque() got an unexpected keyword argument '" + kw[k] + "'");
                }
            }
            PyDeque dq = d(self);
            dq.maxlen = PyDeque.maxlenArg(maxlen);
            if (dq.size() > 0) dq.clear();
            if (iterable != null) dq.extend(iterable);
            return PyNone.NONE;
        });
        t.method1("append", (self, v) -> {
            d(self).append(v);
            return PyNone.NONE;
        });
        t.method1("appendleft", (self, v) -> {
            d(self).appendLeft(v);
            return PyNone.NONE;
        });
        t.method0("pop", self -> d(self).pop());
        t.method0("popleft", self -> d(self).popLeft());
        t.method1("extend", (self, v) -> {
            d(self).extend(v);
            return PyNone.NONE;
        });
        t.method1("extendleft", (self, v) -> {
            d(self).extendLeft(v);
            return PyNone.NONE;
        });
        t.method0("clear", self -> {
            d(self).clear();
            return PyNone.NONE;
        });
        t.method0("reverse", self -> {
            d(self).reverse();
            return PyNone.NONE;
        });
        t.method0("copy", PyDequeCopy::copy);
        t.method0("__copy__", PyDequeCopy::copy);
        t.method("rotate", (self, args, kw) -> {
            ArgParser.count("rotate", args, kw, 0, 1);
            d(self).rotate(args.length == 0 ? 1 : Protocols.index(args[0]).asLong("Python int too large to convert to C ssize_t"));
            return PyNone.NONE;
        });
        t.method1("count", (self, x) -> {
            PyDeque dq = d(self);
            int st = dq.state;
            long n = 0;
            for (int i = 0; i < dq.size(); i++) {
                PyObject o = dq.at(i);
                boolean eq = o == x || dev.taipan.runtime.Ops.eq(o, x);
                if (st != dq.state) throw Errors.runtimeError("deque mutated during iteration");
                if (eq) n++;
            }
            return PyInt.of(n);
        });
        t.method("index", (self, args, kw) -> {
            ArgParser.count("index", args, kw, 1, 3);
            PyDeque dq = d(self);
            int n = dq.size();
            int start = args.length > 1 ? intArg(args[1]) : 0;
            int stop = args.length > 2 ? intArg(args[2]) : n;
            if (start < 0) start = Math.max(0, start + n);
            if (stop < 0) stop = Math.max(0, stop + n);
            int ix = dq.indexOf(args[0], start, stop, "deque mutated during iteration");
            if (ix < 0) throw Errors.valueError(args[0].repr() + " is not in deque");
            return PyInt.of(ix);
        });
        t.define("insert", PyBuiltin.Method.arity(t, "insert", 2, (self, a) -> {
            d(self).insert(Protocols.index(a[0]).asLong("Python int too large to convert to C ssize_t"), a[1]);
            return PyNone.NONE;
        }));
        t.method1("remove", (self, x) -> {
            PyDeque dq = d(self);
            int ix = dq.indexOf(x, 0, dq.size(), "deque mutated during remove().");
            if (ix < 0) throw Errors.valueError(x.repr() + " is not in deque");
            dq.removeAt(ix);
            return PyNone.NONE;
        });
        t.define("maxlen", new PyGetSet(t, "maxlen", self -> d(self).maxlen < 0 ? PyNone.NONE : PyInt.of(d(self).maxlen), null));
        t.method0("__len__", self -> PyInt.of(d(self).size()));
        t.method0("__bool__", self -> PyBool.of(d(self).size() != 0));
        t.method0("__iter__", self -> new PyDeque.DequeIterator(d(self), false));
        t.method0("__reversed__", self -> new PyDeque.DequeIterator(d(self), true));
        t.method0("__repr__", self -> PyStr.of(d(self).reprBuiltin()));
        t.method1("__getitem__", (self, k) -> d(self).getItemBuiltin(k));
        t.define("__setitem__", PyBuiltin.Method.arity(t, "__setitem__", 2, (self, a) -> {
            d(self).setItemBuiltin(a[0], a[1]);
            return PyNone.NONE;
        }));
        t.method1("__delitem__", (self, k) -> {
            d(self).delItemBuiltin(k);
            return PyNone.NONE;
        });
        t.method1("__contains__", (self, x) -> PyBool.of(d(self).containsBuiltin(x)));
        for (CompareOp op : CompareOp.values()) {
            t.method1(op.dunder, (self, o) -> d(self).compareBuiltin(o, op));
        }
        t.define("__hash__", PyNone.NONE);
        t.method1("__add__", (self, o) -> d(self).binaryBuiltin(Operator.ADD, o, false));
        t.method1("__mul__", (self, o) -> d(self).binaryBuiltin(Operator.MUL, o, false));
        t.method1("__rmul__", (self, o) -> d(self).binaryBuiltin(Operator.MUL, o, true));
        t.method1("__iadd__", (self, o) -> {
            d(self).extend(o);
            return self;
        });
        t.method1("__imul__", (self, o) -> {
            d(self).repeatInPlace(Protocols.index(o).asLong("cannot fit 'int' into an index-sized integer"));
            return self;
        });
        t.method0("__reduce__", self -> PyTuple.of(self.type(), PyTuple.of(new dev.taipan.runtime.PyList(d(self).toArray(), d(self).size()),
                d(self).maxlen < 0 ? PyNone.NONE : PyInt.of(d(self).maxlen))));
    }

    /** deque.copy(): a deque of the same type (subclasses are rebuilt through their constructor). */
    static final class PyDequeCopy {
        private PyDequeCopy() {}

        static PyObject copy(PyObject self) {
            PyDeque dq = d(self);
            if (dq.type() == PyDeque.TYPE) return dq.copyDeque();
            PyObject items = new dev.taipan.runtime.PyList(dq.toArray(), dq.size());
            return dq.maxlen < 0 ? dq.type().call(items) : dq.type().call(items, PyInt.of(dq.maxlen));
        }
    }
}
