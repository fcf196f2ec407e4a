package dev.taipan.runtime;

import java.util.Arrays;

import dev.taipan.ast.Operator;

/** Byte-array algorithms shared by bytes and bytearray: search, slicing, repetition and the operators. */
final class BytesOps {
    private BytesOps() {}

    /** The value of an int that must be a byte: "byte must be in range(0, 256)". */
    static int byteValue(PyInt i) {
        if (i.isBig() || i.value < 0 || i.value > 255) throw Errors.valueError("byte must be in range(0, 256)");
        return (int) i.value;
    }

    /** First index >= from (and < to, counting the needle's length) of needle in a, or -1. */
    static int find(byte[] a, int from, int to, byte[] needle, int nn) {
        if (nn == 0) return from <= to ? from : -1;
        int last = to - nn;
        byte first = needle[0];
        outer:
        for (int i = from; i <= last; i++) {
            if (a[i] != first) continue;
            for (int k = 1; k < nn; k++) {
                if (a[i + k] != needle[k]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** Last index in [from, to - nn] of needle in a, or -1. */
    static int rfind(byte[] a, int from, int to, byte[] needle, int nn) {
        if (nn == 0) return from <= to ? to : -1;
        outer:
        for (int i = to - nn; i >= from; i--) {
            for (int k = 0; k < nn; k++) {
                if (a[i + k] != needle[k]) continue outer;
            }
            return i;
        }
        return -1;
    }

    static int count(byte[] a, int from, int to, byte[] needle, int nn) {
        if (from > to) return 0;
        if (nn == 0) return to - from + 1;
        int c = 0;
        int i = find(a, from, to, needle, nn);
        while (i >= 0) {
            c++;
            i = find(a, i + nn, to, needle, nn);
        }
        return c;
    }

    static byte[] slice(byte[] a, int n, PySlice sl) {
        long[] r = sl.indices(n);
        int start = (int) r[0], step = (int) r[2];
        int len = PySlice.length(r[0], r[1], r[2]);
        // copyOfRange: the JIT allocates the copy without zeroing it first
        if (step == 1) return len == 0 ? new byte[0] : Arrays.copyOfRange(a, start, start + len);
        byte[] out = new byte[len];
        for (int k = 0, j = start; k < len; k++, j += step) out[k] = a[j];
        return out;
    }

    static byte[] repeat(byte[] a, int n, PyInt times) {
        if (times.signum() <= 0 || n == 0) return new byte[0];
        if (times.isBig() || times.value * n > Integer.MAX_VALUE - 8) throw Errors.of(PyExc.MemoryError, "");
        int t = (int) times.value;
        byte[] out = new byte[n * t];
        for (int k = 0; k < t; k++) System.arraycopy(a, 0, out, k * n, n);
        return out;
    }

    static byte[] concat(byte[] a, int na, byte[] b, int nb) {
        byte[] out = Arrays.copyOf(a, na + nb);
        System.arraycopy(b, 0, out, na, nb);
        return out;
    }

    /** True when a user class on the other side may still answer with a reflected dunder. */
    static boolean otherMayReflect(PyObject other, Operator op) {
        PyType t = other.type();
        return !t.builtin && t.lookup(op.rdunder) != null;
    }

    /** The operators of bytes and bytearray: +, * and %. */
    static PyObject binary(BytesLike self, Operator op, PyObject other, boolean reflected) {
        switch (op) {
            case ADD -> {
                if (reflected) return PyNotImplemented.NOT_IMPLEMENTED;
                if (other instanceof BytesLike b) {
                    return self.make(concat(self.array(), self.size(), b.array(), b.size()));
                }
                if (otherMayReflect(other, op)) return PyNotImplemented.NOT_IMPLEMENTED;
                throw Errors.typeError("can't concat " + other.type().name + " to " + self.type().name);
            }
            case MUL -> {
                PyObject idx = other instanceof PyInt ? other : Protocols.indexOrNull(other);
                if (idx != null) return self.make(repeat(self.array(), self.size(), (PyInt) idx));
                if (!reflected && otherMayReflect(other, op)) return PyNotImplemented.NOT_IMPLEMENTED;
                throw Errors.typeError("can't multiply sequence by non-int of type '" + other.type().name + "'");
            }
            case MOD -> {
                if (reflected) return PyNotImplemented.NOT_IMPLEMENTED;
                byte[] r = PercentFormat.formatBytes(self.toByteArray(), other);
                return self.make(r);
            }
            default -> {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
        }
    }
}
