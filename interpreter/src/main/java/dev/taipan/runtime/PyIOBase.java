package dev.taipan.runtime;

/**
 * io.IOBase and its three kinds (RawIOBase, BufferedIOBase, TextIOBase): base classes Python
 * streams subclass (their default methods are in IOBaseMethods), and the Java base of the
 * three native I/O layers (PyFileIO, PyBufferedIO, PyTextIO) with the Python methods defined
 * once for all of them (closed, close, flush, readable, __enter__, ...).
 */
public abstract class PyIOBase extends PyObject {
    public static final PyType TYPE = ioBase("IOBase", null);
    public static final PyType RAW_TYPE = ioBase("RawIOBase", TYPE);
    public static final PyType BUFFERED_TYPE = ioBase("BufferedIOBase", TYPE);
    public static final PyType TEXT_TYPE = ioBase("TextIOBase", TYPE);

    /** A subclassable base class whose instances are plain objects with a __dict__ (IOBase when base is null). */
    private static PyType ioBase(String name, PyType base) {
        PyType t = base == null ? new PyType(name, PyType.OBJECT, true, PyIOBase::allocate) : new PyType(name, base, true, null);
        t.module = "io";
        t.instancesHaveDict = true;
        return t;
    }

    static {
        IOBaseMethods.install();
    }

    /** An instance of an I/O base class or of a Python subclass; the native types (FileIO, ...) are made in Java only. */
    private static PyObject allocate(PyType cls) {
        if (cls.builtin && cls != TYPE && cls != RAW_TYPE && cls != BUFFERED_TYPE && cls != TEXT_TYPE) {
            throw Errors.typeError("cannot create '" + cls.module + "." + cls.name + "' instances");
        }
        return new PyInstance(cls);
    }

    public abstract boolean isClosed();

    public abstract void close();

    public abstract void flush();

    public abstract boolean readable();

    public abstract boolean writable();

    public abstract boolean seekable();

    public abstract int fileno();

    public abstract boolean isatty();

    /** The name attribute: the path or file descriptor given to open(), or "<stdout>" and the like. */
    public abstract PyObject name();

    /** Defines closed, close, flush, readable, writable, seekable, fileno, isatty, name, __enter__, __exit__ on t. */
    static void installCommon(PyType t) {
        t.getset("closed", self -> PyBool.of(((PyIOBase) self).isClosed()));
        t.getset("name", self -> ((PyIOBase) self).name());
        t.method0("close", self -> {
            ((PyIOBase) self).close();
            return PyNone.NONE;
        });
        t.method0("flush", self -> {
            ((PyIOBase) self).flush();
            return PyNone.NONE;
        });
        t.method0("readable", self -> PyBool.of(((PyIOBase) self).readable()));
        t.method0("writable", self -> PyBool.of(((PyIOBase) self).writable()));
        t.method0("seekable", self -> PyBool.of(((PyIOBase) self).seekable()));
        t.method0("fileno", self -> PyInt.of(((PyIOBase) self).fileno()));
        t.method0("isatty", self -> PyBool.of(((PyIOBase) self).isatty()));
        t.method0("__enter__", self -> {
            if (((PyIOBase) self).isClosed()) throw Errors.valueError("I/O operation on closed file.");
            return self;
        });
        t.method("__exit__", (self, args, kw) -> {
            ((PyIOBase) self).close();
            return PyNone.NONE;
        });
        t.method0("__iter__", PyObject::iter);
        t.method0("__next__", self -> {
            PyObject v = self.next();
            if (v == null) throw Errors.stopIteration(null);
            return v;
        });
        t.method0("__repr__", self -> PyStr.of(self.repr()));
    }

}
