package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ThreadLocalRandom;

/** The _random module: the Mersenne Twister core (seed, random, getrandbits, getstate, setstate) that random.py builds on. */
public final class RandomModule implements NativeModule {

    /** _random.Random; random.Random subclasses it in Python. */
    static final PyType RANDOM = new PyType("Random", PyType.OBJECT, true, RandomObject::new);

    /** A _random.Random instance (or an instance of a Python subclass, which also has a __dict__). */
    static final class RandomObject extends PyObject {
        private final PyType cls;
        private final PyDict dict;
        final MersenneTwister mt = new MersenneTwister();

        RandomObject(PyType cls) {
            this.cls = cls;
            this.dict = cls == RANDOM ? null : new PyDict();
        }

        @Override
        public PyType type() {
            return cls;
        }

        @Override
        public PyDict dict() {
            return dict;
        }
    }

    static {
        RANDOM.module = "_random";
        RANDOM.staticNew((cls, args, kw) -> cls.allocator.allocate(cls));
        RANDOM.method("__init__", (self, args, kw) -> {
            boolean plainInit = self.type() == RANDOM || self.type().lookup("__init__") == RANDOM.dict.get("__init__");
            if (plainInit && kw != null && kw.length > 0) throw Errors.typeError("Random() takes no keyword arguments");
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos > 1) throw Errors.typeError("Random() requires 0 or 1 argument");
            seed(rng(self), npos == 1 ? args[0] : PyNone.NONE);
            return PyNone.NONE;
        });
        RANDOM.method("seed", (self, args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("Random.seed() takes no keyword arguments");
            if (args.length > 1) throw Errors.typeError("seed expected at most 1 argument, got " + args.length);
            seed(rng(self), args.length == 1 ? args[0] : PyNone.NONE);
            return PyNone.NONE;
        });
        RANDOM.define("random", PyBuiltin.Method.arity(RANDOM, "random", 0, (self, a) -> new PyFloat(rng(self).nextDouble())));
        RANDOM.define("getrandbits", PyBuiltin.Method.arity(RANDOM, "getrandbits", 1, (self, a) -> getrandbits(rng(self), a[0])));
        RANDOM.define("getstate", PyBuiltin.Method.arity(RANDOM, "getstate", 0, (self, a) -> getstate(rng(self))));
        RandomMethods.install(RANDOM);
        RANDOM.define("setstate", PyBuiltin.Method.arity(RANDOM, "setstate", 1, (self, a) -> {
            setstate(rng(self), a[0]);
            return PyNone.NONE;
        }));
    }

    @Override
    public String name() {
        return "_random";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_random");
        m.put("Random", RANDOM);
        return m;
    }

    private static MersenneTwister rng(PyObject self) {
        if (self instanceof RandomObject r) return r.mt;
        throw Errors.typeError("descriptor requires a '_random.Random' object but received '" + self.type().name + "'");
    }

    // ---- seeding -------------------------------------------------------------------------------

    /**
     * Seeds from None (fresh entropy), an int (all of its bits), a str, bytes or bytearray (version 2
     * of random.seed: the bytes followed by their SHA-512 digest, as one big-endian int), or the hash
     * of anything else.
     */
    static void seed(MersenneTwister mt, PyObject arg) {
        if (arg == PyNone.NONE) {
            int[] key = new int[MersenneTwister.N];
            ThreadLocalRandom r = ThreadLocalRandom.current();
            long t = System.nanoTime();
            for (int i = 0; i < key.length; i++) key[i] = r.nextInt() ^ (int) (t >>> (i % 32));
            mt.initByArray(key);
            return;
        }
        BigInteger n;
        byte[] bytes = bytesOf(arg);
        if (bytes != null) {
            n = new BigInteger(1, withSha512(bytes));
        } else if (arg instanceof PyInt i) {
            n = i.toBig().abs();
        } else {
            long h = arg.hash();
            n = BigInteger.valueOf(h);
            if (h < 0) n = n.add(BigInteger.ONE.shiftLeft(64));
        }
        mt.initByArray(words(n));
    }

    /** The 32-bit words of a nonnegative int, least significant first (at least one word). */
    static int[] words(BigInteger n) {
        int count = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[count];
        for (int i = 0; i < count; i++) key[i] = n.shiftRight(32 * i).intValue();
        return key;
    }

    /** The bytes of a str (UTF-8), bytes or bytearray seed; null for other kinds of value. */
    private static byte[] bytesOf(PyObject o) {
        if (o instanceof PyStr s) return s.value.getBytes(StandardCharsets.UTF_8);
        String base = o.type().solidBase.name;
        if (o.type().solidBase.builtin && (base.equals("bytes") || base.equals("bytearray"))) {
            PyObject it = o.iter();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (PyObject b = it.next(); b != null; b = it.next()) out.write((int) ((PyInt) b).value);
            return out.toByteArray();
        }
        return null;
    }

    private static byte[] withSha512(byte[] data) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(data);
            byte[] all = new byte[data.length + digest.length];
            System.arraycopy(data, 0, all, 0, data.length);
            System.arraycopy(digest, 0, all, data.length, digest.length);
            return all;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- generation and state ----------------------------------------------------------------------

    static PyObject getrandbits(MersenneTwister mt, PyObject kObj) {
        PyInt kInt = NumberArgs.index(kObj);
        if (kInt.signum() < 0) throw Errors.valueError("number of bits must be non-negative");
        if (kInt.isBig() || kInt.value > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C int");
        int k = (int) kInt.value;
        if (k == 0) return PyInt.of(0);
        if (k <= 63) return PyInt.of(mt.bitsLong(k));
        return PyInt.of(mt.bitsBig(k));
    }

    static PyObject getstate(MersenneTwister mt) {
        if (mt.index > MersenneTwister.N) mt.initGenrand(5489);
        PyObject[] items = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) items[i] = PyInt.of(mt.mt[i] & 0xffffffffL);
        items[MersenneTwister.N] = PyInt.of(mt.index);
        return PyTuple.of(items);
    }

    static void setstate(MersenneTwister mt, PyObject state) {
        if (!(state instanceof PyTuple t)) throw Errors.typeError("state vector must be a tuple");
        if (t.size() != MersenneTwister.N + 1) throw Errors.valueError("state vector is the wrong size");
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) {
            if (!(t.get(i) instanceof PyInt v)) throw Errors.typeError("an integer is required");
            if (v.signum() < 0) throw Errors.overflowError("can't convert negative value to unsigned int");
            if (v.isBig() && v.big.bitLength() > 64) {
                throw Errors.overflowError("Python int too large to convert to C unsigned long");
            }
            words[i] = v.toBig().intValue();
        }
        PyObject last = t.get(MersenneTwister.N);
        if (!(last instanceof PyInt ix)) throw Errors.typeError("an integer is required");
        if (ix.isBig()) throw Errors.overflowError("Python int too large to convert to C long");
        if (ix.value < 0 || ix.value > MersenneTwister.N) throw Errors.valueError("invalid state");
        System.arraycopy(words, 0, mt.mt, 0, words.length);
        mt.index = (int) ix.value;
    }
}
