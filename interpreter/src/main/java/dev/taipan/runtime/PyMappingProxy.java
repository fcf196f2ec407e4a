package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** mappingproxy: a read-only view of a class's namespace (C.__dict__) or of any mapping (types.MappingProxyType). */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = new PyType("mappingproxy", PyType.OBJECT, true, null).markFinal();

    /** The class namespace viewed, or null when a Python mapping is wrapped. */
    private final Map<String, PyObject> classDict;
    private final PyObject mapping;

    static {
        TYPE.staticNew((cls, args, kw) -> {
            PyObject[] a = ArgParser.parse("mappingproxy", args, kw, new String[] {"mapping"}, 1, 1, 0);
            PyObject m = a[0];
            if (m instanceof PyList || m instanceof PyTuple || m.type().lookup("__getitem__") == null) {
                throw Errors.typeError("mappingproxy() argument must be a mapping, not " + m.type().name);
            }
            return new PyMappingProxy(m);
        });
        TYPE.skipInit = true;
        TYPE.method("get", (self, args, kw) -> {
            ArgParser.count("get", args, kw, 1, 2);
            PyObject v = ((PyMappingProxy) self).getOrNull(args[0]);
            return v != null ? v : args.length > 1 ? args[1] : PyNone.NONE;
        });
        TYPE.method0("keys", self -> Call.invoke(((PyMappingProxy) self).target(), "keys"));
        TYPE.method0("values", self -> Call.invoke(((PyMappingProxy) self).target(), "values"));
        TYPE.method0("items", self -> Call.invoke(((PyMappingProxy) self).target(), "items"));
        TYPE.method0("copy", self -> {
            PyMappingProxy p = (PyMappingProxy) self;
            return p.classDict != null ? p.snapshot() : Call.invoke(p.mapping, "copy");
        });
        TYPE.method1("__getitem__", PyObject::getItem);
        TYPE.method1("__contains__", (self, k) -> PyBool.of(self.contains(k)));
        TYPE.method0("__len__", self -> PyInt.of(self.len()));
        TYPE.method0("__iter__", PyObject::iter);
        TYPE.method0("__repr__", self -> PyStr.of(self.repr()));
        TYPE.method0("__str__", self -> PyStr.of(self.str()));
    }

    /** A view of a class namespace. */
    public PyMappingProxy(Map<String, PyObject> classDict) {
        this.classDict = classDict;
        this.mapping = null;
    }

    /** A view of any mapping. */
    public PyMappingProxy(PyObject mapping) {
        this.classDict = null;
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A dict holding the class namespace's current entries, in order. */
    public PyDict snapshot() {
        PyDict d = new PyDict();
        synchronized (classDict) {
            for (Map.Entry<String, PyObject> e : classDict.entrySet()) d.putStr(e.getKey(), e.getValue());
        }
        return d;
    }

    private PyObject target() {
        return classDict != null ? snapshot() : mapping;
    }

    private PyObject getOrNull(PyObject key) {
        if (classDict != null) return key instanceof PyStr s ? classDict.get(s.value) : null;
        try {
            return mapping.getItem(key);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) return null;
            throw e;
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (classDict == null) return mapping.getItem(key);
        PyObject v = key instanceof PyStr s ? classDict.get(s.value) : null;
        if (v == null) {
            key.hash();
            throw Errors.keyError(key);
        }
        return v;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        throw Errors.typeError("'mappingproxy' object does not support item assignment");
    }

    @Override
    public void delItem(PyObject key) {
        throw Errors.typeError("'mappingproxy' object does not support item deletion");
    }

    @Override
    public boolean contains(PyObject key) {
        if (classDict == null) return mapping.contains(key);
        return key instanceof PyStr s && classDict.containsKey(s.value);
    }

    @Override
    public int len() {
        return classDict != null ? classDict.size() : mapping.len();
    }

    @Override
    public boolean isTrue() {
        return len() != 0;
    }

    @Override
    public PyObject iter() {
        if (classDict == null) return mapping.iter();
        List<PyObject> keys = new ArrayList<>();
        synchronized (classDict) {
            for (String k : classDict.keySet()) keys.add(PyStr.of(k));
        }
        return new SeqIterator(keys.toArray(new PyObject[0]), keys.size());
    }

    @Override
    public String repr() {
        return "mappingproxy(" + target().repr() + ")";
    }

    /** str() of a mappingproxy is str() of the mapping it shows. */
    @Override
    public String str() {
        return target().str();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        PyObject o = other instanceof PyMappingProxy p ? p.target() : other;
        return Ops.compare(target(), o, op);
    }
}
