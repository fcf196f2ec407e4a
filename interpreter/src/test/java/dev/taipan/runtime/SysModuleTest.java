package dev.taipan.runtime;

import static dev.taipan.runtime.BuiltinTestSupport.err;
import static dev.taipan.runtime.BuiltinTestSupport.i;
import static dev.taipan.runtime.BuiltinTestSupport.s;
import static dev.taipan.runtime.BuiltinTestSupport.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sys module's data and functions. */
class SysModuleTest {
    BuiltinTestSupport t;
    PyModule sys;

    @BeforeEach
    void setUp() {
        t = new BuiltinTestSupport("", null);
        sys = t.interp.sys;
    }

    PyObject get(String name) {
        return sys.getAttr(name);
    }

    PyObject call(String name, PyObject... args) {
        return sys.getAttr(name).call(args);
    }

    @Test
    void versionInfo() {
        PyObject vi = get("version_info");
        assertEquals("sys.version_info(major=3, minor=14, micro=0, releaselevel='final', serial=0)", vi.repr());
        assertEquals("<class 'sys.version_info'>", vi.type().repr());
        assertEquals("3", vi.getAttr("major").repr());
        assertEquals("'final'", vi.getAttr("releaselevel").repr());
        assertEquals("True", Ops.compare(vi, tuple(i(3), i(11)), CompareOp.GE).repr());
        assertEquals("False", Ops.compare(vi, tuple(i(3), i(15)), CompareOp.GE).repr());
        assertEquals("(3, 14)", vi.getItem(new PySlice(PyNone.NONE, i(2), PyNone.NONE)).repr());
        assertEquals("5", PyInt.of(vi.len()).repr());
        assertEquals("TypeError: cannot create 'sys.version_info' instances", err(() -> vi.type().call()));
        assertTrue(get("version").str().startsWith("3.14.0 "));
        assertEquals("51249392", get("hexversion").repr());
        assertEquals("'taipan'", get("implementation").getAttr("name").repr());
        assertEquals("None", get("implementation").getAttr("cache_tag").repr());
        assertTrue(get("implementation").repr().startsWith("namespace(name='taipan', cache_tag=None, version=sys.version_info("));
    }

    @Test
    void data() {
        assertEquals("sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, "
                + "min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)",
                get("float_info").repr());
        assertEquals("sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)",
                get("int_info").repr());
        assertEquals("sys.hash_info(width=64, modulus=2305843009213693951, inf=314159, nan=0, imag=1000003, algorithm='siphash13', "
                + "hash_bits=64, seed_bits=128, cutoff=0)", get("hash_info").repr());
        assertEquals("False", get("flags").getAttr("dev_mode").repr());
        assertEquals("9223372036854775807", get("maxsize").repr());
        assertEquals("1114111", get("maxunicode").repr());
        assertEquals("'little'", get("byteorder").repr());
        assertEquals("'linux'", get("platform").repr());
        assertSame(t.interp.modules, get("modules"));
        assertEquals("[]", get("path").repr());
        assertEquals("'utf-8'", call("getdefaultencoding").repr());
        assertEquals("'utf-8'", call("getfilesystemencoding").repr());
        assertEquals("'abc'", call("intern", s("abc")).repr());
        assertEquals("TypeError: intern() argument must be str, not int", err(() -> call("intern", i(1))));
        assertEquals("False", call("is_finalizing").repr());
        assertEquals("28", call("getsizeof", i(1)).repr());
        assertEquals("TypeError: getsizeof() missing required argument 'object' (pos 1)", err(() -> call("getsizeof")));
    }

    @Test
    void streams() {
        assertEquals("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", get("stdout").repr());
        assertEquals("<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>", get("stderr").repr());
        assertEquals("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>", get("stdin").repr());
        assertSame(get("stdout"), get("__stdout__"));
        assertSame(t.interp.stdout, get("stdout"));
        assertEquals("1", Call.invoke(get("stdout"), "fileno").repr());
        assertEquals("False", Call.invoke(get("stdout"), "isatty").repr());
        assertEquals("<_io.BufferedWriter name='<stdout>'>", get("stdout").getAttr("buffer").repr());
        assertEquals("UnsupportedOperation: not readable", err(() -> Call.invoke(get("stdout"), "read")));
        assertEquals("UnsupportedOperation: underlying stream is not seekable", err(() -> Call.invoke(get("stdout"), "tell")));
        assertEquals("5", Call.invoke(get("stdout"), "write", s("héllo")).repr());
        assertEquals("héllo", t.stdout());
    }

    @Test
    void functions() {
        assertEquals("1000", call("getrecursionlimit").repr());
        call("setrecursionlimit", i(5000));
        assertEquals("5000", call("getrecursionlimit").repr());
        assertEquals(5000, t.interp.recursionLimit);
        assertEquals("ValueError: recursion limit must be greater or equal than 1", err(() -> call("setrecursionlimit", i(0))));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer", err(() -> call("setrecursionlimit", s("x"))));
        assertEquals("OverflowError: Python int too large to convert to C int",
                err(() -> call("setrecursionlimit", PyInt.of(java.math.BigInteger.TEN.pow(20)))));
        assertEquals("SystemExit: msg", err(() -> call("exit", s("msg"))));
        assertEquals("TypeError: exit expected at most 1 argument, got 2", err(() -> call("exit", i(1), i(2))));
        try {
            call("exit", i(3));
        } catch (PyException e) {
            assertEquals("3", e.value.getAttr("code").repr());
        }
        assertEquals("(None, None, None)", call("exc_info").repr());
        assertEquals("None", call("exception").repr());
        PyBaseException exc = new PyBaseException(PyExc.ZeroDivisionError, s("division by zero"));
        ThreadState.current().handled = exc;
        assertEquals("(<class 'ZeroDivisionError'>, ZeroDivisionError('division by zero'), None)", call("exc_info").repr());
        assertSame(exc, call("exception"));
        ThreadState.current().handled = null;
        assertEquals("ValueError: call stack is not deep enough", err(() -> call("_getframe", i(100))));
    }
}
