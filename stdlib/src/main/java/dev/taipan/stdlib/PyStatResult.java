package dev.taipan.stdlib;

import dev.taipan.runtime.CompareOp;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.math.BigInteger;

/** os.stat_result: ten integer fields readable by index or name, with float and nanosecond times as attributes. */
public final class PyStatResult extends PyObject {
    public static final PyType TYPE = new PyType("stat_result", PyType.OBJECT, true, null).markFinal();
    private static final String[] FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
                                            "st_mtime", "st_ctime"};

    static {
        TYPE.module = "os";
        TYPE.method0("__repr__", self -> PyStr.of(self.repr()));
        TYPE.method0("__len__", self -> PyInt.of(FIELDS.length));
        TYPE.method1("__getitem__", (self, k) -> self.getItem(k));
        TYPE.getset("n_fields", self -> PyInt.of(FIELDS.length));
        for (int i = 0; i < FIELDS.length; i++) {
            final int k = i;
            if (i < 7) {
                TYPE.getset(FIELDS[i], self -> ((PyStatResult) self).items.get(k));
            }
        }
        TYPE.getset("st_atime", self -> new PyFloat(((PyStatResult) self).nanos[0] / 1e9));
        TYPE.getset("st_mtime", self -> new PyFloat(((PyStatResult) self).nanos[1] / 1e9));
        TYPE.getset("st_ctime", self -> new PyFloat(((PyStatResult) self).nanos[2] / 1e9));
        TYPE.getset("st_atime_ns", self -> PyInt.of(BigInteger.valueOf(((PyStatResult) self).nanos[0])));
        TYPE.getset("st_mtime_ns", self -> PyInt.of(BigInteger.valueOf(((PyStatResult) self).nanos[1])));
        TYPE.getset("st_ctime_ns", self -> PyInt.of(BigInteger.valueOf(((PyStatResult) self).nanos[2])));
    }

    private final PyTuple items;
    /** atime, mtime, ctime in nanoseconds. */
    private final long[] nanos;

    public PyStatResult(long mode, long ino, long dev, long nlink, long uid, long gid, long size, long[] nanos) {
        this.nanos = nanos;
        this.items = PyTuple.of(PyInt.of(mode), PyInt.of(ino), PyInt.of(dev), PyInt.of(nlink), PyInt.of(uid), PyInt.of(gid),
                PyInt.of(size), PyInt.of(Math.floorDiv(nanos[0], 1_000_000_000L)), PyInt.of(Math.floorDiv(nanos[1], 1_000_000_000L)),
                PyInt.of(Math.floorDiv(nanos[2], 1_000_000_000L)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject get(int i) {
        return items.get(i);
    }

    @Override
    public int len() {
        return FIELDS.length;
    }

    @Override
    public PyObject getItem(PyObject key) {
        return items.getItem(key);
    }

    @Override
    public PyObject iter() {
        return items.iter();
    }

    @Override
    public boolean contains(PyObject item) {
        return items.contains(item);
    }

    @Override
    public long hash() {
        return items.hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return items.richCompare(other instanceof PyStatResult s ? s.items : other, op);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder("os.stat_result(");
        for (int i = 0; i < FIELDS.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(FIELDS[i]).append('=').append(items.get(i).repr());
        }
        return sb.append(')').toString();
    }
}
