package dev.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** int, bool and float: constructors, methods and conversions, compared with what CPython 3.13 prints. */
class NumberMethodsTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.installTypes();
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static String call(PyObject self, String name, PyObject... args) {
        try {
            return Call.invoke(self, name, args).repr();
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    static String callKw(PyObject self, String name, PyObject[] args, String... kw) {
        try {
            return self.getAttr(name).call(args, kw).repr();
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    static String make(PyType t, PyObject... args) {
        try {
            return t.call(args).repr();
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    @Test
    void intConstructor() {
        assertEquals("0", make(PyInt.TYPE));
        assertEquals("-31", make(PyInt.TYPE, s(" -0x1f "), i(0)));
        assertEquals("ValueError: invalid literal for int() with base 0: '017'", make(PyInt.TYPE, s("017"), i(0)));
        assertEquals("0", make(PyInt.TYPE, s("0_0"), i(0)));
        assertEquals("31", make(PyInt.TYPE, s("0x_1f"), i(16)));
        assertEquals("ValueError: invalid literal for int() with base 10: '1__000'", make(PyInt.TYPE, s("1__000")));
        assertEquals("12", make(PyInt.TYPE, s("\u0661\u0662")));
        assertEquals("5", make(PyInt.TYPE, s("\u00a05")));
        assertEquals("ValueError: int() base must be >= 2 and <= 36, or 0", make(PyInt.TYPE, s("12"), i(37)));
        assertEquals("TypeError: int() can't convert non-string with explicit base", make(PyInt.TYPE, i(12), i(10)));
        assertEquals("ValueError: invalid literal for int() with base 10: b'x'", make(PyInt.TYPE, PyBytes.of((byte) 'x')));
        assertEquals("-3", make(PyInt.TYPE, new PyFloat(-3.99)));
        assertEquals("OverflowError: cannot convert float infinity to integer", make(PyInt.TYPE, new PyFloat(Double.POSITIVE_INFINITY)));
        assertEquals("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
                make(PyInt.TYPE, PyNone.NONE));
        assertEquals("123456789012345678901234567890", make(PyInt.TYPE, s("123456789012345678901234567890")));
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
                + "use sys.set_int_max_str_digits() to increase the limit", make(PyInt.TYPE, s("1".repeat(5000))));
    }

    @Test
    void floatConstructor() {
        assertEquals("1000.5", make(PyFloat.TYPE, s("1_000.5")));
        assertEquals("-inf", make(PyFloat.TYPE, s(" -inf ")));
        assertEquals("inf", make(PyFloat.TYPE, s("iNfinity")));
        assertEquals("ValueError: could not convert string to float: '1_e5'", make(PyFloat.TYPE, s("1_e5")));
        assertEquals("ValueError: could not convert string to float: '0x10'", make(PyFloat.TYPE, s("0x10")));
        assertEquals("1e+50", make(PyFloat.TYPE, s("1e5_0")));
        assertEquals("1.5", make(PyFloat.TYPE, s("\u0661.\u0665")));
        assertEquals("TypeError: float() argument must be a string or a real number, not 'list'", make(PyFloat.TYPE, new PyList()));
        assertEquals("OverflowError: int too large to convert to float", make(PyFloat.TYPE, PyInt.of(BigInteger.TEN.pow(400))));
        assertEquals("TypeError: float expected at most 1 argument, got 2", make(PyFloat.TYPE, i(1), i(2)));
    }

    @Test
    void intMethods() {
        assertEquals("b'\\xff\\x00'", call(i(255), "to_bytes", i(2), s("little")));
        assertEquals("OverflowError: int too big to convert", callKw(i(128), "to_bytes", new PyObject[] {i(1), PyBool.TRUE}, "signed"));
        assertEquals("OverflowError: can't convert negative int to unsigned", call(i(-1), "to_bytes", i(2)));
        assertEquals("-32768", callKw(PyInt.TYPE, "from_bytes", new PyObject[] {PyBytes.of((byte) 0x80, (byte) 0), PyBool.TRUE}, "signed"));
        assertEquals("258", call(PyInt.TYPE, "from_bytes", PyList.of(i(1), i(2))));
        assertEquals("TypeError: cannot convert 'str' object to bytes", call(PyInt.TYPE, "from_bytes", s("ab")));
        assertEquals("8", call(i(-255), "bit_length"));
        assertEquals("26", call(PyInt.of(BigInteger.TEN.pow(20)), "bit_count"));
        assertEquals("(1, 1)", call(PyBool.TRUE, "as_integer_ratio"));
        assertEquals("20", call(i(25), "__round__", i(-1)));
        assertEquals("40", call(i(35), "__round__", i(-1)));
        assertEquals("-20", call(i(-25), "__round__", i(-1)));
        assertEquals("NotImplemented", call(i(5), "__add__", new PyFloat(1.5)));
        assertEquals("(0, 3)", call(i(5), "__rdivmod__", i(3)));
        assertEquals("1", call(i(5), "__pow__", i(2), i(3)));
        assertEquals("'1'", call(PyBool.TRUE, "__format__", s("d")));
        assertEquals("'True'", call(PyBool.TRUE, "__format__", s("")));
        assertEquals("'True'", call(PyBool.TRUE, "__repr__"));
        assertEquals("True", NumberMethods.boolBinary(PyBool.TRUE, dev.taipan.ast.Operator.BITAND, PyBool.TRUE, false).repr());
        assertEquals("1", NumberMethods.boolBinary(PyBool.TRUE, dev.taipan.ast.Operator.BITAND, i(1), false).repr());
    }

    @Test
    void floatMethods() {
        assertEquals("2", call(new PyFloat(2.5), "__round__"));
        assertEquals("2.67", call(new PyFloat(2.675), "__round__", i(2)));
        assertEquals("ValueError: cannot convert float NaN to integer", call(new PyFloat(Double.NaN), "__round__"));
        assertEquals("(3602879701896397, 36028797018963968)", call(new PyFloat(0.1), "as_integer_ratio"));
        assertEquals("OverflowError: cannot convert Infinity to integer ratio", call(new PyFloat(Double.POSITIVE_INFINITY), "as_integer_ratio"));
        assertEquals("'-0x1.999999999999ap-4'", call(new PyFloat(-0.1), "hex"));
        assertEquals("'0x0.0000000000001p-1022'", call(new PyFloat(5e-324), "hex"));
        assertEquals("3.0", call(PyFloat.TYPE, "fromhex", s("0x1.8p1")));
        assertEquals("1.0000000000000004", call(PyFloat.TYPE, "fromhex", s("0x1.00000000000018p0")));
        assertEquals("0.0", call(PyFloat.TYPE, "fromhex", s("0x1p-1075")));
        assertEquals("OverflowError: hexadecimal value too large to represent as a float", call(PyFloat.TYPE, "fromhex", s("0x1p1024")));
        assertEquals("ValueError: invalid hexadecimal floating-point string", call(PyFloat.TYPE, "fromhex", s("0x1p")));
        assertEquals("-3", call(new PyFloat(-2.5), "__floor__"));
        assertEquals("TypeError: pow() 3rd argument not allowed unless all arguments are integers", call(new PyFloat(2.5), "__pow__", i(2), i(3)));
        assertEquals("(2.0, 2.0)", call(new PyFloat(2.5), "__rdivmod__", i(7)));
    }
}
