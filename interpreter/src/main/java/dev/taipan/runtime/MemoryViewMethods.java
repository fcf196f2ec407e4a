package dev.taipan.runtime;

/** The constructor, methods and attributes of memoryview (PyMemoryView). */
final class MemoryViewMethods {
    private MemoryViewMethods() {}

    private static PyMemoryView v(PyObject o) {
        PyMemoryView m = (PyMemoryView) o;
        m.check();
        return m;
    }

    static void install(PyType t) {
        t.staticNew((cls, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length > 1) throw Errors.typeError("memoryview() takes at most 1 argument (" + args.length + " given)");
            PyObject[] a = ArgParser.parse("memoryview", args, kw, new String[] {"object"}, 1, 1, 0);
            if (nkw > 1) throw Errors.typeError("memoryview() takes at most 1 argument (" + args.length + " given)");
            return PyMemoryView.of(a[0]);
        });
        t.method("tobytes", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("tobytes", args, kw, new String[] {"order"}, 0, 1, 0);
            if (a[0] != null && a[0] != PyNone.NONE) {
                String o = a[0] instanceof PyStr s ? s.value : null;
                if (o == null) throw Errors.typeError("tobytes() argument 'order' must be str or None, not " + a[0].type().name);
                if (!o.equals("C") && !o.equals("F") && !o.equals("A")) throw Errors.valueError("order must be 'C', 'F' or 'A'");
            }
            return PyBytes.wrap(v(self).toByteArray());
        });
        t.method0("tolist", self -> {
            PyMemoryView m = v(self);
            PyList out = new PyList();
            for (int i = 0; i < m.size(); i++) out.append(m.item(i));
            return out;
        });
        t.method("hex", (self, args, kw) -> {
            PyObject[] p = StrMethods.clinic("hex", args, kw, new String[] {"sep", "bytes_per_sep"}, 0, 0, 2, 0);
            long per = p[1] == null ? 1 : Protocols.index(p[1]).asLong("Python int too large to convert to C int");
            return PyStr.of(BytesText.hex(v(self), p[0], per));
        });
        t.method("count", (self, args, kw) -> {
            ArgParser.count("count", args, kw, 1, 1);
            PyMemoryView m = v(self);
            long n = 0;
            for (int i = 0; i < m.size(); i++) if (Ops.eq(m.item(i), args[0])) n++;
            return PyInt.of(n);
        });
        t.method("index", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("index", args, kw, new String[] {"value", "start", "stop"}, 1, 3, 3);
            PyMemoryView m = v(self);
            long[] r = new PySlice(a[1] == null ? PyNone.NONE : a[1], a[2] == null ? PyNone.NONE : a[2], PyNone.NONE).indices(m.size());
            for (long i = r[0]; i < r[1]; i++) if (Ops.eq(m.item((int) i), a[0])) return PyInt.of(i);
            throw Errors.valueError("memoryview.index(x): x not found");
        });
        t.method0("release", self -> {
            ((PyMemoryView) self).release();
            return PyNone.NONE;
        });
        t.method0("__enter__", self -> v(self));
        t.method("__exit__", (self, args, kw) -> {
            ((PyMemoryView) self).release();
            return PyNone.NONE;
        });
        t.method0("toreadonly", self -> {
            PyMemoryView m = v(self);
            return m.derive(true, m.format);
        });
        t.method("cast", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("cast", args, kw, new String[] {"format", "shape"}, 1, 2, 0);
            PyMemoryView m = v(self);
            if (!(a[0] instanceof PyStr fs)) throw Errors.typeError("memoryview: format argument must be a string");
            String f = fs.value.startsWith("@") ? fs.value.substring(1) : fs.value;
            if (!m.contiguous()) throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
            int size = itemSize(f);
            if (size < 0) {
                throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            }
            if (m.size() % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
            if ("Bbc".indexOf(f.charAt(0)) < 0) throw Errors.notImplemented("memoryview.cast() to format '" + f + "' is not supported by Taipan");
            if (a[1] != null && a[1] != PyNone.NONE) {
                PyObject[] shape = Protocols.toArray(a[1]);
                if (shape.length != 1 || !Ops.eq(shape[0], PyInt.of(m.size()))) {
                    throw Errors.notImplemented("memoryview.cast() to a multi-dimensional shape is not supported by Taipan");
                }
            }
            return m.derive(m.readonly, f.charAt(0));
        });
        PyGenericAlias.install(t); // memoryview[int] (3.14)
        t.method0("__len__", self -> PyInt.of(v(self).size()));
        t.method1("__getitem__", (self, k) -> self.getItem(k));
        ByteArrayMethods.installItemAssignment(t);
        t.method0("__iter__", PyObject::iter);
        Iterators.installIteratorProtocol(BytesLike.ByteIterator.MEMORY_TYPE);
        t.getset("obj", self -> v(self).obj);
        t.getset("nbytes", self -> PyInt.of(v(self).size()));
        t.getset("readonly", self -> PyBool.of(v(self).readonly));
        t.getset("itemsize", self -> {
            v(self);
            return PyInt.of(1);
        });
        t.getset("format", self -> PyStr.of(String.valueOf(v(self).format)));
        t.getset("ndim", self -> {
            v(self);
            return PyInt.of(1);
        });
        t.getset("shape", self -> PyTuple.of(PyInt.of(v(self).size())));
        t.getset("strides", self -> PyTuple.of(PyInt.of(v(self).step())));
        t.getset("suboffsets", self -> {
            v(self);
            return PyTuple.EMPTY;
        });
        t.getset("c_contiguous", self -> PyBool.of(v(self).contiguous()));
        t.getset("f_contiguous", self -> PyBool.of(v(self).contiguous()));
        t.getset("contiguous", self -> PyBool.of(v(self).contiguous()));
    }

    /** The item size of a struct format character, -1 when it is none. */
    private static int itemSize(String f) {
        if (f.length() != 1) return -1;
        return switch (f.charAt(0)) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> -1;
        };
    }
}
