package dev.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** bytes and bytearray: values, methods, codecs and the constructors, compared with what CPython 3.13 prints. */
class BytesMethodsTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.installTypes();
    }

    static PyBytes b(String latin1) {
        return PyBytes.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    static PyByteArray ba(String latin1) {
        return new PyByteArray(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static String call(PyObject self, String name, PyObject... args) {
        try {
            return Call.invoke(self, name, args).repr();
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    static String err(Runnable r) {
        try {
            r.run();
            return "no error";
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    @Test
    void repr() {
        assertEquals("b'\\x00\\x7f\\x80\\xff\\'\"\\\\\\t\\n\\r'", b("\0\u007f\u0080\u00ff'\"\\\t\n\r").repr());
        assertEquals("b\"'\"", b("'").repr());
        assertEquals("bytearray(b\"\\'\")", ba("'").repr());
        assertEquals("bytearray(b'')", new PyByteArray().repr());
    }

    @Test
    void sequence() {
        assertEquals("98", b("abc").getItem(i(1)).repr());
        assertEquals("IndexError: index out of range", err(() -> b("abc").getItem(i(5))));
        assertEquals("IndexError: bytearray index out of range", err(() -> ba("abc").getItem(i(5))));
        assertEquals("b'cba'", b("abc").getItem(new PySlice(PyNone.NONE, PyNone.NONE, i(-1))).repr());
        assertEquals("true", String.valueOf(b("abc").contains(i(98))));
        assertEquals("ValueError: byte must be in range(0, 256)", err(() -> b("abc").contains(i(300))));
        assertEquals("TypeError: a bytes-like object is required, not 'str'", err(() -> b("abc").contains(PyStr.of("b"))));
        assertEquals("b'abc'", Ops.binary(b("ab"), dev.taipan.ast.Operator.ADD, ba("c")).repr());
        assertEquals("bytearray(b'abc')", Ops.binary(ba("ab"), dev.taipan.ast.Operator.ADD, b("c")).repr());
        assertEquals("TypeError: can't concat str to bytes", err(() -> Ops.binary(b("a"), dev.taipan.ast.Operator.ADD, PyStr.of("a"))));
        assertEquals("b'ababab'", Ops.binary(i(3), dev.taipan.ast.Operator.MUL, b("ab")).repr());
        assertEquals("True", Ops.compare(b("a"), ba("a"), CompareOp.EQ).repr());
        assertEquals("TypeError: unhashable type: 'bytearray'", err(() -> ba("a").hash()));
    }

    @Test
    void methods() {
        assertEquals("'61:6263:6465'", call(b("abcde"), "hex", PyStr.of(":"), i(2)));
        assertEquals("'6162:6364:65'", call(b("abcde"), "hex", PyStr.of(":"), i(-2)));
        assertEquals("b'ab'", call(PyBytes.TYPE, "fromhex", PyStr.of(" 61\t62\n")));
        assertEquals("ValueError: non-hexadecimal number found in fromhex() arg at position 4", call(PyBytes.TYPE, "fromhex", PyStr.of("61 6")));
        assertEquals("TypeError: argument should be integer or bytes-like object, not 'str'", call(b("abc"), "count", PyStr.of("a")));
        assertEquals("ValueError: subsection not found", call(b("abc"), "index", b("z")));
        assertEquals("[b'a', b'b\\x1cc']", call(b("a\u000bb\u001cc"), "split"));
        assertEquals("[bytearray(b'a'), bytearray(b'b')]", call(ba("a b"), "split"));
        assertEquals("b'-a-b-c-'", call(b("abc"), "replace", b(""), b("-")));
        assertEquals("TypeError: sequence item 0: expected a bytes-like object, str found", call(b("x"), "join", PyList.of(PyStr.of("a"))));
        assertEquals("b'xxabcxx'", call(b("abc"), "center", i(7), b("x")));
        assertEquals("TypeError: center() argument 2 must be a byte string of length 1, not str", call(b("abc"), "center", i(7), PyStr.of("x")));
        assertEquals("(bytearray(b'abc'), bytearray(b''), bytearray(b''))", call(ba("abc"), "partition", b("z")));
        assertEquals("b'A\\xffB'", call(b("a\u00ffB"), "upper"));
        assertEquals("b'Hello World'", call(b("hello world"), "title"));
        assertEquals("b'-00abc'", call(b("-abc"), "zfill", i(6)));
        assertEquals("b'ac'", call(b("abc"), "translate", PyNone.NONE, b("b")));
    }

    @Test
    void decode() {
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", call(b("\u00ff\u00fe"), "decode"));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", call(b("\u00e2\u0082"), "decode"));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
                call(b("\u00ed\u00a0\u0080"), "decode"));
        assertEquals("'\ufffdx\ufffd'", call(b("\u00f0\u009f\u0098x\u00ff"), "decode", PyStr.of("utf-8"), PyStr.of("replace")));
        assertEquals("'\\udcff'", call(b("\u00ff"), "decode", PyStr.of("utf-8"), PyStr.of("surrogateescape")));
        assertEquals("'\u00e9\u20ac\ud83d\ude00'", call(b("\u00c3\u00a9\u00e2\u0082\u00ac\u00f0\u009f\u0098\u0080"), "decode"));
        assertEquals("UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)",
                call(b("\u0080\u0081"), "decode", PyStr.of("ascii")));
        assertEquals("LookupError: unknown error handler name 'xyz'", call(b("\u00ff"), "decode", PyStr.of("utf-8"), PyStr.of("xyz")));
    }

    @Test
    void constructors() {
        assertEquals("b'\\x00\\x00\\x00'", PyBytes.TYPE.call(i(3)).repr());
        assertEquals("b'\\x01\\x02'", PyBytes.TYPE.call(PyTuple.of(i(1), i(2))).repr());
        assertEquals("ValueError: negative count", err(() -> PyBytes.TYPE.call(i(-1))));
        assertEquals("TypeError: string argument without an encoding", err(() -> PyBytes.TYPE.call(PyStr.of("a"))));
        assertEquals("TypeError: cannot convert 'float' object to bytes", err(() -> PyBytes.TYPE.call(new PyFloat(1.5))));
        assertEquals("ValueError: bytes must be in range(0, 256)", err(() -> PyBytes.TYPE.call(PyList.of(i(1), i(300)))));
        assertEquals("ValueError: byte must be in range(0, 256)", err(() -> PyByteArray.TYPE.call(PyList.of(i(1), i(300)))));
        assertEquals("TypeError: cannot convert 'float' object to bytearray", err(() -> PyByteArray.TYPE.call(new PyFloat(1.5))));
        assertEquals("TypeError: encoding without a string argument", err(() -> PyBytes.TYPE.call(i(1), PyStr.of("ascii"))));
        assertEquals("b'\\xc3\\xa9'", PyBytes.TYPE.call(PyStr.of("\u00e9"), PyStr.of("utf-8")).repr());
        assertEquals("bytearray(b'abc')", PyByteArray.TYPE.call(PyStr.of("abc"), PyStr.of("utf-8")).repr());
    }

    @Test
    void bytearrayMutation() {
        PyByteArray x = ba("abcdef");
        x.setItem(new PySlice(PyNone.NONE, PyNone.NONE, i(2)), b("xyz"));
        assertEquals("bytearray(b'xbydzf')", x.repr());
        assertEquals("ValueError: attempt to assign bytes of size 2 to extended slice of size 3",
                err(() -> x.setItem(new PySlice(PyNone.NONE, PyNone.NONE, i(2)), b("xy"))));
        assertEquals("TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                err(() -> x.setItem(new PySlice(i(0), i(2), PyNone.NONE), i(5))));
        x.delItem(new PySlice(PyNone.NONE, PyNone.NONE, i(2)));
        assertEquals("bytearray(b'bdf')", x.repr());
        Call.invoke(x, "append", i(103));
        Call.invoke(x, "extend", PyList.of(i(1), i(2)));
        Call.invoke(x, "insert", i(-10), i(100));
        assertEquals("bytearray(b'dbdfg\\x01\\x02')", x.repr());
        assertEquals("2", Call.invoke(x, "pop").repr());
        assertEquals("ValueError: value not found in bytearray", call(x, "remove", i(99)));
        assertEquals("TypeError: expected iterable of integers; got: 'str'", call(x, "extend", PyStr.of("ab")));
        assertEquals("TypeError: can't extend bytearray with int", call(x, "extend", i(5)));
        assertEquals("IndexError: pop from empty bytearray", call(new PyByteArray(), "pop"));
        PyObject same = Ops.inplace(x, dev.taipan.ast.Operator.ADD, b("z"));
        assertEquals(true, same == x);
    }

    @Test
    void percent() {
        assertEquals("b\"ab 5 '\\\\xe9' ff A z\"",
                Ops.binary(b("%s %d %a %x %c %c"), dev.taipan.ast.Operator.MOD,
                        PyTuple.of(b("ab"), i(5), PyStr.of("\u00e9"), i(255), i(65), b("z"))).repr());
        assertEquals("TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'",
                err(() -> Ops.binary(b("%s"), dev.taipan.ast.Operator.MOD, PyStr.of("x"))));
        assertEquals("OverflowError: %c arg not in range(256)", err(() -> Ops.binary(b("%c"), dev.taipan.ast.Operator.MOD, i(300))));
    }
}
