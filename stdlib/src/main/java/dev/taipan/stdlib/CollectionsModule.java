package dev.taipan.stdlib;

import dev.taipan.ast.Operator;
import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyModule;

/** The _collections module: the Java parts of collections (deque and its iterators). */
public final class CollectionsModule implements NativeModule {
    @Override
    public String name() {
        return "_collections";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_collections");
        m.put("deque", PyDeque.TYPE);
        m.put("_deque_iterator", PyDeque.DequeIterator.ITER_TYPE);
        m.put("_deque_reverse_iterator", PyDeque.DequeIterator.REVERSE_TYPE);
        m.put("_tuplegetter", PyTupleGetter.TYPE);
        m.function("_count_elements", (args, kw) -> {
            ArgParser.count("_count_elements", args, kw, 2, 2);
            countElements(args[0], args[1]);
            return PyNone.NONE;
        });
        return m;
    }

    /** mapping[elem] = mapping.get(elem, 0) + 1 for each element, with a fast path for dicts whose get and __setitem__ are dict's. */
    static void countElements(PyObject mapping, PyObject iterable) {
        PyType t = mapping.type();
        boolean fast = mapping instanceof PyDict && isDictMethod(t.lookup("get")) && isDictMethod(t.lookup("__setitem__"));
        PyObject get = fast ? null : mapping.getAttr("get");
        PyObject one = PyInt.of(1);
        PyObject zero = PyInt.of(0);
        PyObject it = iterable.iter();
        for (PyObject o = it.next(); o != null; o = it.next()) {
            if (fast) {
                PyDict d = (PyDict) mapping;
                PyObject old = d.get(o);
                d.put(o, old == null ? one : Ops.binary(old, Operator.ADD, one));
            } else {
                mapping.setItem(o, Ops.binary(get.call(o, zero), Operator.ADD, one));
            }
        }
    }

    private static boolean isDictMethod(PyObject m) {
        return m instanceof PyBuiltin.Method bm && bm.owner == PyDict.TYPE;
    }
}
