package dev.taipan.stdlib;

/**
 * The MT19937 generator exactly as CPython's _random uses it: init_genrand/init_by_array
 * seeding, 32-bit outputs, 53-bit floats from two outputs, and getrandbits from 32-bit words.
 */
final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    final int[] mt = new int[N];
    int index = N + 1;

    void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** Seeds from an array of 32-bit words (the absolute value of an int seed, least significant word first). */
    void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1, j = 0;
        int len = Math.max(key.length, 1);
        for (int k = Math.max(N, len); k > 0; k--) {
            int word = key.length == 0 ? 0 : key[j];
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + word + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= len) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        index = N;
    }

    /** The next 32-bit output, as an int holding the unsigned bits. */
    int next32() {
        if (index >= N) {
            if (index == N + 1) initGenrand(5489);
            int kk = 0;
            for (; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= (y >>> 11);
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= (y >>> 18);
        return y;
    }

    /** random(): 53 random bits from two outputs, in [0, 1). */
    double nextDouble() {
        int a = next32() >>> 5, b = next32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k) for 0 < k <= 63, as a long. */
    long bitsLong(int k) {
        if (k <= 32) return (next32() >>> (32 - k)) & 0xffffffffL;
        long lo = next32() & 0xffffffffL;
        long hi = (next32() >>> (64 - k)) & 0xffffffffL;
        return (hi << 32) | lo;
    }

    /** getrandbits(k) for any k > 0: little-endian 32-bit words, the last one shifted down. */
    java.math.BigInteger bitsBig(int k) {
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4 + 1];
        for (int w = 0; w < words; w++, k -= 32) {
            int r = next32();
            if (k < 32) r >>>= (32 - k);
            int pos = be.length - 4 * (w + 1);
            be[pos] = (byte) (r >>> 24);
            be[pos + 1] = (byte) (r >>> 16);
            be[pos + 2] = (byte) (r >>> 8);
            be[pos + 3] = (byte) r;
        }
        return new java.math.BigInteger(be);
    }
}
