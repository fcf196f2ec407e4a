package dev.taipan.stdlib;

import dev.taipan.runtime.CompareOp;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;

/** The _functools module: partial, reduce, cmp_to_key and the lru_cache wrapper, which functools.py builds on. */
public final class FunctoolsModule implements NativeModule {

    static final PyType KEY_WRAPPER = new PyType("KeyWrapper", PyType.OBJECT, true, null);

    static {
        KEY_WRAPPER.module = "functools";
        KEY_WRAPPER.getset("obj", o -> ((KeyWrapper) o).obj);
    }

    @Override
    public String name() {
        return "_functools";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_functools");
        m.put("partial", PartialObject.TYPE);
        m.put("_lru_cache_wrapper", LruCacheWrapper.TYPE);
        m.function("reduce", FunctoolsModule::reduce);
        m.function("cmp_to_key", (a, k) -> {
            PyObject[] v = dev.taipan.runtime.ArgParser.parse("cmp_to_key", a, k, new String[] {"mycmp"}, 1, 1, 0);
            return new KeyWrapper(v[0], null);
        });
        return m;
    }

    static PyObject reduce(PyObject[] a, String[] k) {
        NumberArgs.noKeywords("reduce", k);
        NumberArgs.range("reduce", a, k, 2, 3);
        PyObject func = a[0];
        PyObject it;
        try {
            it = a[1].iter();
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw Errors.typeError("reduce() arg 2 must support iteration");
            throw e;
        }
        PyObject result = a.length == 3 ? a[2] : null;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            result = result == null ? x : func.call(result, x);
        }
        if (result == null) throw Errors.typeError("reduce() of empty iterable with no initial value");
        return result;
    }

    /** cmp_to_key(mycmp): a callable making K objects that compare by mycmp(a, b) against 0. */
    static final class KeyWrapper extends PyObject {
        final PyObject cmp;
        final PyObject obj;

        KeyWrapper(PyObject cmp, PyObject obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public PyType type() {
            return KEY_WRAPPER;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject[] v = dev.taipan.runtime.ArgParser.parse("K", args, kwnames, new String[] {"obj"}, 1, 1, 0);
            return new KeyWrapper(cmp, v[0]);
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            if (!(other instanceof KeyWrapper o) || obj == null || o.obj == null) {
                throw Errors.typeError("other argument must be K instance");
            }
            return Ops.compare(cmp.call(obj, o.obj), PyInt.of(0), op);
        }

        @Override
        public long hash() {
            throw Errors.typeError("unhashable type: 'functools.KeyWrapper'");
        }
    }
}
