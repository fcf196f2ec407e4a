package dev.taipan.stdlib;

import dev.taipan.ast.Operator;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;
import java.math.BigInteger;

/**
 * The hot integer and sequence methods of random.Random (randrange, randint, choice, shuffle and
 * _randbelow_with_getrandbits), in Java on _random.Random with random.py's exact algorithms. Each
 * one defers to the Python-level method whenever a subclass has overridden what it builds on.
 */
final class RandomMethods {
    private RandomMethods() {}

    static PyBuiltin.Method randbelow;
    static PyBuiltin.Method randrange;

    static void install(PyType t) {
        randbelow = new PyBuiltin.Method(t, "_randbelow_with_getrandbits", (self, a, k) -> {
            PyObject[] v = bind(self, "_randbelow_with_getrandbits", new String[] {"n"}, 1, a, k);
            return randbelow(self, Protocols.index(v[0]));
        });
        t.define("_randbelow_with_getrandbits", randbelow);
        randrange = new PyBuiltin.Method(t, "randrange", (self, a, k) -> {
            PyObject[] v = bind(self, "randrange", new String[] {"start", "stop", "step"}, 1, a, k);
            return randrange(self, v[0], v[1], v[2]);
        });
        t.define("randrange", randrange);
        t.method("randint", (self, a, k) -> {
            PyObject[] v = bind(self, "randint", new String[] {"a", "b"}, 2, a, k);
            PyObject stop = Ops.binary(v[1], Operator.ADD, PyInt.of(1));
            PyObject m = self.type().lookup("randrange");
            if (m == randrange) return randrange(self, v[0], stop, null);
            return Call.callMethod(m, self, v[0], stop);
        });
        t.method("choice", (self, a, k) -> {
            PyObject seq = bind(self, "choice", new String[] {"seq"}, 1, a, k)[0];
            int n = seq.len();
            if (n == 0) throw Errors.indexError("Cannot choose from an empty sequence");
            return seq.getItem(below(self, n));
        });
        t.method("shuffle", (self, a, k) -> {
            PyObject x = bind(self, "shuffle", new String[] {"x"}, 1, a, k)[0];
            shuffle(self, x);
            return PyNone.NONE;
        });
    }

    /** Binds arguments as a Python method (self, *names) would, with the same error messages. */
    static PyObject[] bind(PyObject self, String name, String[] names, int required, PyObject[] args, String[] kw) {
        String qn = "Random." + name;
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > names.length) {
            String takes = required == names.length ? String.valueOf(names.length + 1) : "from " + (required + 1) + " to " + (names.length + 1);
            throw Errors.typeError(qn + "() takes " + takes + " positional arguments but " + (npos + 1) + " were given");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int i = 0; i < nkw; i++) {
            int ix = java.util.Arrays.asList(names).indexOf(kw[i]);
            if (ix < 0) throw Errors.typeError(qn + "() got an unexpected keyword argument '" + kw[i] + "'");
            if (out[ix] != null) throw Errors.typeError(qn + "() got multiple values for argument '" + kw[i] + "'");
            out[ix] = args[npos + i];
        }
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < required; i++) if (out[i] == null) missing.add("'" + names[i] + "'");
        if (!missing.isEmpty()) {
            String list = missing.size() == 1 ? missing.get(0) : String.join(", ", missing.subList(0, missing.size() - 1))
                    + " and " + missing.get(missing.size() - 1);
            throw Errors.typeError(qn + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + list);
        }
        return out;
    }

    /** self._randbelow(n) for an int n, in Java when neither _randbelow nor getrandbits is overridden. */
    static PyObject below(PyObject self, long n) {
        PyObject m = self.type().lookup("_randbelow");
        if (m == randbelow || m == null) return randbelow(self, PyInt.of(n));
        return Call.callMethod(m, self, PyInt.of(n));
    }

    private static PyObject below(PyObject self, PyInt n) {
        PyObject m = self.type().lookup("_randbelow");
        if (m == randbelow || m == null) return randbelow(self, n);
        return Call.callMethod(m, self, n);
    }

    /** _randbelow_with_getrandbits: getrandbits(n.bit_length()) until the value is below n. */
    static PyObject randbelow(PyObject self, PyInt n) {
        PyObject gm = self.type().lookup("getrandbits");
        boolean own = gm instanceof PyBuiltin.Method bm && bm.owner == RandomModule.RANDOM && self instanceof RandomModule.RandomObject;
        if (own && !n.isBig() && n.value > 0 && n.value <= (1L << 31)) {
            MersenneTwister mt = ((RandomModule.RandomObject) self).mt;
            long limit = n.value;
            int k = 64 - Long.numberOfLeadingZeros(limit);
            long r = mt.bitsLong(k);
            while (r >= limit) r = mt.bitsLong(k);
            return PyInt.of(r);
        }
        int k = n.signum() <= 0 ? 0 : n.toBig().bitLength();
        PyObject kObj = PyInt.of(k);
        PyObject r = Call.callMethod(gm, self, kObj);
        while (!Ops.lessThan(r, n)) r = Call.callMethod(gm, self, kObj);
        return r;
    }

    /** random.py's randrange, step given as null when omitted. */
    static PyObject randrange(PyObject self, PyObject start, PyObject stop, PyObject step) {
        PyInt istart = Protocols.index(start);
        if (stop == null || stop == PyNone.NONE) {
            if (step != null && step != PyInt.of(1)) throw Errors.typeError("Missing a non-None stop argument");
            if (istart.signum() > 0) return below(self, istart);
            throw Errors.valueError("empty range for randrange()");
        }
        PyInt istop = Protocols.index(stop);
        PyInt width = dev.taipan.runtime.IntMath.sub(istop, istart);
        PyInt istep = step == null ? PyInt.of(1) : Protocols.index(step);
        if (!istep.isBig() && istep.value == 1) {
            if (width.signum() > 0) return dev.taipan.runtime.IntMath.add(istart, (PyInt) below(self, width));
            throw Errors.valueError("empty range in randrange(" + start.str() + ", " + stop.str() + ")");
        }
        BigInteger w = width.toBig(), s = istep.toBig();
        BigInteger n;
        if (s.signum() > 0) {
            n = floorDiv(w.add(s).subtract(BigInteger.ONE), s);
        } else if (s.signum() < 0) {
            n = floorDiv(w.add(s).add(BigInteger.ONE), s);
        } else {
            throw Errors.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw Errors.valueError("empty range in randrange(" + start.str() + ", " + stop.str() + ", "
                    + (step == null ? "1" : step.str()) + ")");
        }
        PyInt r = (PyInt) below(self, PyInt.of(n));
        return dev.taipan.runtime.IntMath.add(istart, dev.taipan.runtime.IntMath.mul(istep, r));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    /** random.py's shuffle: swap x[i] with x[randbelow(i + 1)] for i from len(x) - 1 down to 1. */
    static void shuffle(PyObject self, PyObject x) {
        int n = x.len();
        boolean plainList = x.getClass() == PyList.class;
        for (int i = n - 1; i >= 1; i--) {
            PyObject jObj = below(self, i + 1);
            if (plainList && jObj instanceof PyInt jInt && !jInt.isBig() && jInt.value >= 0 && jInt.value <= i
                    && ((PyList) x).size == n) {
                PyObject[] items = ((PyList) x).items;
                int j = (int) jInt.value;
                PyObject t = items[i];
                items[i] = items[j];
                items[j] = t;
            } else {
                PyObject iObj = PyInt.of(i);
                PyObject xj = x.getItem(jObj), xi = x.getItem(iObj);
                x.setItem(iObj, xj);
                x.setItem(jObj, xi);
            }
        }
    }
}
