package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.CompareOp;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyNotImplemented;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.SeqIterator;
import java.util.HashMap;
import java.util.Map;

/** os.environ: a mutable mapping over the interpreter's environment (InterpState.env). */
public final class PyEnviron extends PyObject {
    public static final PyType TYPE = new PyType("_Environ", PyType.OBJECT, true, null).markFinal();

    private final InterpState interp;

    PyEnviron(InterpState interp) {
        this.interp = interp;
        if (interp.env == null) interp.env = new HashMap<>(System.getenv());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Map<String, String> env() {
        return interp.env;
    }

    private static String str(PyObject o) {
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError("str expected, not " + o.type().name);
    }

    /** A dict copy of the environment, in its iteration order. */
    public PyDict snapshot() {
        PyDict d = new PyDict();
        for (Map.Entry<String, String> e : env().entrySet()) d.put(PyStr.of(e.getKey()), PyStr.of(e.getValue()));
        return d;
    }

    @Override
    public PyObject getItem(PyObject key) {
        String v = env().get(str(key));
        if (v == null) throw Errors.keyError(key);
        return PyStr.of(v);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        env().put(str(key), str(value));
    }

    @Override
    public void delItem(PyObject key) {
        if (env().remove(str(key)) == null) throw Errors.keyError(key);
    }

    @Override
    public boolean contains(PyObject item) {
        return item instanceof PyStr s && env().containsKey(s.value);
    }

    @Override
    public int len() {
        return env().size();
    }

    @Override
    public boolean isTrue() {
        return !env().isEmpty();
    }

    @Override
    public PyObject iter() {
        PyList keys = snapshot().keyList();
        return new SeqIterator(keys.toArray(), keys.size);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("environ({");
        boolean first = true;
        for (Map.Entry<String, String> e : env().entrySet()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(PyStr.repr(e.getKey())).append(": ").append(PyStr.repr(e.getValue()));
        }
        return sb.append("})").toString();
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: '_Environ'");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.NOT_IMPLEMENTED;
        PyObject o = other instanceof PyEnviron e ? e.snapshot() : other;
        if (!(o instanceof PyDict)) return PyNotImplemented.NOT_IMPLEMENTED;
        boolean eq = Ops.eq(snapshot(), o);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    private static PyEnviron env(PyObject o) {
        return (PyEnviron) o;
    }

    static {
        PyType t = TYPE;
        t.module = "os";
        t.pythonClassInCPython = true;
        t.method1("__getitem__", (self, k) -> self.getItem(k));
        t.define("__setitem__", dev.taipan.runtime.PyBuiltin.Method.arity(t, "__setitem__", 2, (self, a) -> {
            self.setItem(a[0], a[1]);
            return PyNone.NONE;
        }));
        t.method1("__delitem__", (self, k) -> {
            self.delItem(k);
            return PyNone.NONE;
        });
        t.method1("__contains__", (self, k) -> PyBool.of(self.contains(k)));
        t.method0("__len__", self -> PyInt.of(self.len()));
        t.method0("__iter__", PyObject::iter);
        t.method0("__repr__", self -> PyStr.of(self.repr()));
        t.method("get", (self, args, kw) -> {
            ArgParser.count("get", args, kw, 1, 2);
            String v = args[0] instanceof PyStr s ? env(self).env().get(s.value) : null;
            if (!(args[0] instanceof PyStr)) str(args[0]);
            return v != null ? PyStr.of(v) : args.length > 1 ? args[1] : PyNone.NONE;
        });
        t.method("pop", (self, args, kw) -> {
            ArgParser.count("pop", args, kw, 1, 2);
            String v = env(self).env().remove(str(args[0]));
            if (v != null) return PyStr.of(v);
            if (args.length > 1) return args[1];
            throw Errors.keyError(args[0]);
        });
        t.method("setdefault", (self, args, kw) -> {
            ArgParser.count("setdefault", args, kw, 1, 2);
            String k = str(args[0]);
            String v = env(self).env().get(k);
            if (v != null) return PyStr.of(v);
            PyObject d = args.length > 1 ? args[1] : PyNone.NONE;
            env(self).env().put(k, str(d));
            return d;
        });
        t.method0("copy", self -> env(self).snapshot());
        t.method0("keys", self -> env(self).snapshot().keyList());
        t.method0("values", self -> {
            PyList l = new PyList();
            for (String v : env(self).env().values()) l.append(PyStr.of(v));
            return l;
        });
        t.method0("items", self -> {
            PyList l = new PyList();
            for (Map.Entry<String, String> e : env(self).env().entrySet()) l.append(PyTuple.of(PyStr.of(e.getKey()), PyStr.of(e.getValue())));
            return l;
        });
        t.method0("clear", self -> {
            env(self).env().clear();
            return PyNone.NONE;
        });
        t.method("update", (self, args, kw) -> {
            PyObject[] pos = ArgParser.positional(args, kw);
            if (pos.length > 1) throw Errors.typeError("update expected at most 1 argument, got " + pos.length);
            if (pos.length == 1) {
                PyObject src = pos[0];
                PyObject keysM = src.lookupAttr("keys");
                if (keysM != null) {
                    PyObject it = keysM.call().iter();
                    for (PyObject k = it.next(); k != null; k = it.next()) self.setItem(k, src.getItem(k));
                } else {
                    PyObject it = src.iter();
                    for (PyObject kv = it.next(); kv != null; kv = it.next()) {
                        PyObject[] pair = dev.taipan.runtime.Protocols.toArray(kv);
                        self.setItem(pair[0], pair[1]);
                    }
                }
            }
            int nkw = kw == null ? 0 : kw.length;
            for (int i = 0; i < nkw; i++) self.setItem(PyStr.of(kw[i]), args[args.length - nkw + i]);
            return PyNone.NONE;
        });
        t.method1("__eq__", (self, o) -> self.richCompare(o, CompareOp.EQ));
        t.method1("__ne__", (self, o) -> self.richCompare(o, CompareOp.NE));
        t.define("__hash__", PyNone.NONE);
    }
}
