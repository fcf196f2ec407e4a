package dev.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** format() specs, str.format templates and %-formatting, compared with what CPython 3.13 prints. */
class FormatTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.installTypes();
    }

    static String fmt(PyObject v, String spec) {
        try {
            return StrFormat.format(v, spec);
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    static String fmt(long v, String spec) {
        return fmt(PyInt.of(v), spec);
    }

    static String fmt(double v, String spec) {
        return fmt(new PyFloat(v), spec);
    }

    static String pct(String f, PyObject args) {
        try {
            return PercentFormat.format(f, args);
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    static String tmpl(String f, PyObject... args) {
        try {
            return StrFormat.formatTemplate(f, args, null, null);
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
    void integers() {
        assertEquals("00,001,234", fmt(1234, "010,"));
        assertEquals("0,001,234", fmt(1234, "08,"));
        assertEquals("-0,001,234", fmt(-1234, "010,"));
        assertEquals("*****1,234", fmt(1234, "*=10,"));
        assertEquals("0x0_0001_2345", fmt(0x12345, "#012_x"));
        assertEquals("-0xff", fmt(-255, "#x"));
        assertEquals("0XFF", fmt(255, "#X"));
        assertEquals("   +255    ", fmt(255, "^+11"));
        assertEquals("01200", fmt(12, "^05"));
        assertEquals("+   12", fmt(12, "=+6"));
        assertEquals("A", fmt(65, "c"));
        assertEquals("100.000000%", fmt(1, "%"));
        assertEquals("True", fmt(PyBool.TRUE, ""));
        assertEquals("     1", fmt(PyBool.TRUE, ">6"));
    }

    @Test
    void specErrors() {
        assertEquals("ValueError: Cannot specify ',' with 'x'.", fmt(1234, ",x"));
        assertEquals("ValueError: Cannot specify both ',' and '_'.", fmt(1234, ",_"));
        assertEquals("ValueError: Precision not allowed in integer format specifier", fmt(1234, ".2"));
        assertEquals("ValueError: Negative zero coercion (z) not allowed in integer format specifier", fmt(1234, "z"));
        assertEquals("ValueError: Invalid format specifier '1.2.3' for object of type 'int'", fmt(1, "1.2.3"));
        assertEquals("ValueError: Format specifier missing precision", fmt(1, "."));
        assertEquals("ValueError: Unknown format code 'd' for object of type 'float'", fmt(1.5, "d"));
        assertEquals("OverflowError: %c arg not in range(0x110000)", fmt(0x110000, "c"));
        assertEquals("ValueError: Sign not allowed in string format specifier", fmt(PyStr.of("a"), "+"));
        assertEquals("ValueError: '=' alignment not allowed in string format specifier", fmt(PyStr.of("a"), "=5"));
        assertEquals("ValueError: Cannot specify ',' with 's'.", fmt(PyStr.of("a"), ","));
        assertEquals("TypeError: unsupported format string passed to NoneType.__format__", fmt(PyNone.NONE, "s"));
    }

    @Test
    void floats() {
        assertEquals("1e+16", fmt(1e16, ""));
        assertEquals("1.0", fmt(1.0, ".3"));
        assertEquals("1e+02", fmt(100.0, ".3"));
        assertEquals("1e+00", fmt(1.0, ".0"));
        assertEquals("1.0", fmt(1.0, "#"));
        assertEquals("1.e+20", fmt(1e20, "#"));
        assertEquals("1.00000", fmt(1.0, "#g"));
        assertEquals("2.67", fmt(2.675, ".2f"));
        assertEquals("2", fmt(2.5, ".0f"));
        assertEquals("2.", fmt(1.5, "#.0f"));
        assertEquals("0.10000000000000000555", fmt(0.1, ".20f"));
        assertEquals("9.999889e-321", fmt(1e-320, "e"));
        assertEquals("1.23457e+06", fmt(1234567.0, "g"));
        assertEquals("123,456,789.50", fmt(123456789.5, ",.2f"));
        assertEquals("000,001.50", fmt(1.5, "010,.2f"));
        assertEquals("0000000inf", fmt(Double.POSITIVE_INFINITY, "010"));
        assertEquals("nan", fmt(-Double.NaN, "f"));
        assertEquals("+nan", fmt(Double.NaN, "+"));
        assertEquals("0.0", fmt(-0.0, "z"));
        assertEquals("-1.000e-10", fmt(-1e-10, "z.3e"));
        assertEquals("25.0%", fmt(0.25, ".1%"));
        assertEquals(" 5e-324", fmt(5e-324, ">7"));
    }

    @Test
    void templates() {
        assertEquals("    1", tmpl("{0:{1}}", PyInt.of(1), PyInt.of(5)));
        assertEquals("{5}", tmpl("{{{0}}}", PyInt.of(5)));
        assertEquals("ValueError: Single '}' encountered in format string", tmpl("a}b"));
        assertEquals("ValueError: Single '{' encountered in format string", tmpl("{"));
        assertEquals("ValueError: expected '}' before end of string", tmpl("{0", PyInt.of(1)));
        assertEquals("ValueError: unmatched '{' in format spec", tmpl("{0:", PyInt.of(1)));
        assertEquals("ValueError: Max string recursion exceeded", tmpl("{0:{1:{2}}}", PyInt.of(1), PyInt.of(2), PyInt.of(3)));
        assertEquals("ValueError: cannot switch from automatic field numbering to manual field specification", tmpl("{} {0}", PyInt.of(1)));
        assertEquals("IndexError: Replacement index 1 out of range for positional args tuple", tmpl("{}{}", PyInt.of(1)));
        assertEquals("ValueError: Unknown conversion specifier x", tmpl("{0!x}", PyInt.of(1)));
        assertEquals("ValueError: Only '.' or '[' may follow ']' in format field specifier", tmpl("{0[0]x}", PyList.of(PyInt.of(1))));
        assertEquals("  'a'", tmpl("{!r:>5}", PyStr.of("a")));
        assertEquals("    \u00e9|'\\xe9'", tmpl("{0!s:>5}|{0!a}", PyStr.of("\u00e9")));
        assertEquals("1", tmpl("{.real}", PyInt.of(1)));
        assertEquals("  a", StrFormat.formatTemplate("{:>{w}}", new PyObject[] {PyStr.of("a"), PyInt.of(3)}, new String[] {"w"}, null));
        assertEquals("ValueError: Format string contains positional fields",
                err(() -> StrFormat.formatTemplate("{0}", new PyObject[0], null, new PyDict())));
    }

    @Test
    void percent() {
        assertEquals("-0000005|", pct("%08.3d|", PyInt.of(-5)));
        assertEquals("0x0000ff", pct("%#08x", PyInt.of(255)));
        assertEquals("1    |", pct("%*d|", PyTuple.of(PyInt.of(-5), PyInt.of(1))));
        assertEquals("    3.14", pct("%*.*f", PyTuple.of(PyInt.of(8), PyInt.of(2), new PyFloat(3.14159))));
        assertEquals("0000000inf", pct("%010f", new PyFloat(Double.POSITIVE_INFINITY)));
        assertEquals("'\u00e9' '\\xe9'", pct("%r %a", PyTuple.of(PyStr.of("\u00e9"), PyStr.of("\u00e9"))));
        assertEquals("3", pct("%d", new PyFloat(3.7)));
        assertEquals("TypeError: %d format: a real number is required, not str", pct("%d", PyStr.of("3")));
        assertEquals("TypeError: %x format: an integer is required, not float", pct("%x", new PyFloat(3.5)));
        assertEquals("TypeError: must be real number, not str", pct("%f", PyStr.of("x")));
        assertEquals("TypeError: %c requires int or char", pct("%c", PyStr.of("ab")));
        assertEquals("TypeError: not enough arguments for format string", pct("%s %s", PyTuple.of(PyInt.of(1))));
        assertEquals("TypeError: not all arguments converted during string formatting", pct("%s", PyTuple.of(PyInt.of(1), PyInt.of(2))));
        assertEquals("TypeError: not enough arguments for format string", pct("%5%|", PyTuple.EMPTY));
        assertEquals("ValueError: unsupported format character '%' (0x25) at index 2", pct("%5%|", PyTuple.of(PyInt.of(1))));
        assertEquals("ValueError: unsupported format character 'y' (0x79) at index 1", pct("%y", PyInt.of(1)));
        assertEquals("ValueError: incomplete format", pct("a%", PyTuple.EMPTY));
        assertEquals("hello", pct("hello", new PyList()));
        PyDict d = new PyDict();
        d.putStr("a", PyInt.of(1));
        assertEquals("{'a': 1} 1", pct("%s %(a)s", d));
        assertEquals("TypeError: not enough arguments for format string", pct("%(a)s %s", d));
        assertEquals("TypeError: format requires a mapping", pct("%(a)s", PyInt.of(5)));
    }

    @Test
    void floatRound() {
        assertEquals(2.67, FloatFormat.round(2.675, 2));
        assertEquals(0.12, FloatFormat.round(0.125, 2));
        assertEquals(1200.0, FloatFormat.round(1234.5678, -2));
        assertEquals(-0.0, FloatFormat.round(-1.5, -400));
        assertEquals("OverflowError: rounded value too large to represent",
                err(() -> FloatFormat.round(1.7976931348623157e308, -308)));
    }
}
