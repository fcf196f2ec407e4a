package dev.taipan.runtime;

/** Calling helpers: methods with an explicit self (no bound-method allocation), and argument array building. */
public final class Call {
    private Call() {}

    public static PyObject callMethod(PyObject m, PyObject self, PyObject... args) {
        return callMethod(m, self, args, null);
    }

    public static PyObject callMethod(PyObject m, PyObject self, PyObject[] args, String[] kwnames) {
        if (m instanceof PyFunction f) {
            return f.callWithSelf(self, args, kwnames);
        }
        if (m instanceof PyBuiltin.Method bm) {
            return bm.body.call(self, args, kwnames);
        }
        PyObject bound = m.isDescriptor() ? m.descrGet(self, self.type()) : m;
        return bound.call(args, kwnames);
    }

    /** obj.name(*args): looks the method up on the type first, as CPython's LOAD_METHOD does. */
    public static PyObject invoke(PyObject obj, String name, PyObject... args) {
        PyType t = obj.type();
        PyObject m = t.lookup(name);
        if ((m instanceof PyFunction || m instanceof PyBuiltin.Method) && !(obj instanceof PyType)
                && (obj.dict() == null || obj.dict().getStr(name) == null) && !t.hasGetattribute) {
            return callMethod(m, obj, args, null);
        }
        return obj.getAttr(name).call(args, null);
    }

    /** Prepends self to args. */
    public static PyObject[] prepend(PyObject self, PyObject[] args) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }

    /** fn(*pos[:npos], **kw): the dict's keys (which must be strings) become keyword names. */
    public static PyObject withKeywords(PyObject fn, PyObject[] pos, int npos, PyDict kw) {
        int nk = kw == null ? 0 : kw.size();
        PyObject[] a = java.util.Arrays.copyOf(pos, npos + nk);
        if (nk == 0) return fn.call(a, null);
        String[] names = new String[nk];
        int j = 0;
        for (int i = 0; i < kw.limit(); i++) {
            PyObject k = kw.keyAt(i);
            if (k == null) continue;
            if (!(k instanceof PyStr s)) throw Errors.typeError("keywords must be strings");
            names[j] = s.value;
            a[npos + j++] = kw.valueAtPos(i);
        }
        return fn.call(a, names);
    }

    public static int kwCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }
}
