package dev.taipan.runtime;

import java.math.BigInteger;

/** int.to_bytes and int.from_bytes. */
final class IntBytes {
    private IntBytes() {}

    private static final String[] TO_NAMES = {"length", "byteorder", "signed"};
    private static final String[] FROM_NAMES = {"bytes", "byteorder", "signed"};

    private static boolean littleEndian(String fname, PyObject o) {
        String order = StrMethods.strParam(fname, "byteorder", o, "big");
        return switch (order) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Errors.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    static PyObject toBytes(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = StrMethods.clinic("to_bytes", args, kw, TO_NAMES, 0, 0, 2, 0);
        long length = p[0] == null ? 1 : Protocols.index(p[0]).asLong("Python int too large to convert to C ssize_t");
        boolean little = littleEndian("to_bytes", p[1]);
        boolean signed = p[2] != null && p[2].isTrue();
        if (length < 0) throw Errors.valueError("length argument must be non-negative");
        BigInteger v = ((PyInt) self).toBig();
        if (!signed && v.signum() < 0) throw Errors.overflowError("can't convert negative int to unsigned");
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) throw Errors.overflowError("int too big to convert");
        if (length > Integer.MAX_VALUE - 8) throw Errors.of(PyExc.MemoryError, "");
        byte[] raw = v.toByteArray();
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < length; i++) {
            int src = raw.length - 1 - i;
            byte b = src >= 0 ? raw[src] : fill;
            out[little ? i : (int) length - 1 - i] = b;
        }
        return PyBytes.wrap(out);
    }

    static PyObject fromBytes(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (args.length - nkw < 1 || !(args[0] instanceof PyType cls)) {
            throw Errors.typeError("from_bytes() needs a class");
        }
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        PyObject[] p = StrMethods.clinic("from_bytes", rest, kw, FROM_NAMES, 0, 0, 2, 1);
        boolean little = littleEndian("from_bytes", p[1]);
        boolean signed = p[2] != null && p[2].isTrue();
        byte[] b = BytesMethods.bytesFromObject(p[0], "bytes");
        byte[] big = new byte[b.length + 1];
        for (int i = 0; i < b.length; i++) {
            big[i + 1] = little ? b[b.length - 1 - i] : b[i];
        }
        if (signed && b.length > 0 && big[1] < 0) big[0] = (byte) 0xFF;
        PyInt r = PyInt.of(new BigInteger(big));
        if (cls == PyInt.TYPE) return r;
        return cls.call(r);
    }
}
