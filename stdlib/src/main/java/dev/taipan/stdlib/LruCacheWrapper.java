package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyMethod;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.WeakRefs;
import java.util.LinkedHashMap;

/**
 * functools._lru_cache_wrapper: memoizes a function by its arguments, with CPython's keys
 * (a lone int or str argument is its own key), hit/miss counts, and least-recently-used eviction.
 */
final class LruCacheWrapper extends PyObject {
    static final PyType TYPE = new PyType("_lru_cache_wrapper", PyType.OBJECT, true, null);
    /** Separates positional arguments from keyword items in a key. */
    private static final PyObject KWD_MARK = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    static {
        TYPE.module = "functools";
        WeakRefs.allow(TYPE);
        TYPE.staticNew((cls, a, k) -> create(a, k));
        TYPE.skipInit = true;
        TYPE.method("cache_info", (self, a, k) -> ((LruCacheWrapper) self).cacheInfo());
        TYPE.method("cache_clear", (self, a, k) -> {
            ((LruCacheWrapper) self).clear();
            return PyNone.NONE;
        });
        TYPE.method("__call__", (self, a, k) -> ((LruCacheWrapper) self).call(a, k));
    }

    private final PyObject func;
    private final long maxsize;
    private final boolean typed;
    private final PyObject cacheInfoType;
    private final PyDict dict = new PyDict();
    /** Keys (Python equality and hashing) to results, in least-recently-used order. */
    private final LinkedHashMap<PyObject, PyObject> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long hits;
    private long misses;

    /** maxsize < 0 means unbounded (maxsize=None). */
    LruCacheWrapper(PyObject func, long maxsize, boolean typed, PyObject cacheInfoType) {
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
    }

    static PyObject create(PyObject[] a, String[] k) {
        NumberArgs.range("_lru_cache_wrapper", a, k, 4, 4);
        if (!dev.taipan.runtime.Builtins.callable(a[0])) throw Errors.typeError("the first argument must be callable");
        long maxsize;
        if (a[1] == PyNone.NONE) {
            maxsize = -1;
        } else {
            if (!(a[1] instanceof PyInt m)) throw Errors.typeError("maxsize should be integer or None");
            maxsize = m.isBig() ? (m.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, m.value);
        }
        return new LruCacheWrapper(a[0], maxsize, a[2].isTrue(), a[3]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    @Override
    public boolean isDescriptor() {
        return true;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType owner) {
        return obj == null ? this : new PyMethod(this, obj);
    }

    /** CPython's lru_cache_make_key. */
    private PyObject makeKey(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (!typed && nkw == 0) {
            if (npos == 1) {
                PyObject only = args[0];
                if (only.getClass() == PyInt.class || only.getClass() == PyStr.class) return only;
            }
            return PyTuple.of(args);
        }
        int size = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? npos + nkw : 0);
        PyObject[] key = new PyObject[size];
        int j = 0;
        for (int i = 0; i < npos; i++) key[j++] = args[i];
        if (nkw > 0) {
            key[j++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                key[j++] = PyStr.of(kwnames[i]);
                key[j++] = args[npos + i];
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) key[j++] = args[i].type();
            for (int i = 0; i < nkw; i++) key[j++] = args[npos + i].type();
        }
        return PyTuple.of(key);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (maxsize == 0) {
            misses++;
            return func.call(args, kwnames);
        }
        PyObject key = makeKey(args, kwnames);
        PyObject found = cache.get(key);
        if (found != null) {
            hits++;
            return found;
        }
        misses++;
        PyObject result = func.call(args, kwnames);
        if (maxsize < 0) {
            cache.put(key, result);
            return result;
        }
        if (cache.containsKey(key)) {
            // the call itself cached this key (recursion): keep that entry
            return result;
        }
        if (cache.size() >= maxsize) {
            var eldest = cache.entrySet().iterator();
            eldest.next();
            eldest.remove();
        }
        cache.put(key, result);
        return result;
    }

    private PyObject cacheInfo() {
        PyObject max = maxsize < 0 ? PyNone.NONE : PyInt.of(maxsize);
        return cacheInfoType.call(PyInt.of(hits), PyInt.of(misses), max, PyInt.of(cache.size()));
    }

    private void clear() {
        cache.clear();
        hits = 0;
        misses = 0;
    }
}
