package dev.taipan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.ast.Operator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** str's methods and operators, compared with what CPython 3.13 prints for the same calls. */
class StrMethodsTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.installTypes();
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    /** repr of s.name(*args), or "Type: message" when it raises. */
    static String call(String self, String name, PyObject... args) {
        try {
            return Call.invoke(s(self), name, args).repr();
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    static String callKw(String self, String name, PyObject[] args, String... kw) {
        try {
            return s(self).getAttr(name).call(args, kw).repr();
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
    void split() {
        assertEquals("['a', 'b']", call("a,b", "split", s(",")));
        assertEquals("['a', 'b  c ']", call("a b  c ", "split", PyNone.NONE, i(1)));
        assertEquals("['  a b', 'c']", call("  a b  c ", "rsplit", PyNone.NONE, i(1)));
        assertEquals("['a,b', '', 'c']", call("a,b,,c", "rsplit", s(","), i(2)));
        assertEquals("['a', 'b', 'c', 'd']", call("a\u001cb\u0085c\u2028d", "split"));
        assertEquals("[]", call("", "split"));
        assertEquals("['']", call("", "split", s(",")));
        assertEquals("ValueError: empty separator", call("abc", "split", s("")));
        assertEquals("TypeError: must be str or None, not int", call("abc", "split", i(1)));
        assertEquals("['abc']", callKw("abc", "split", new PyObject[] {s("b"), i(0)}, "sep", "maxsplit"));
        assertEquals("TypeError: split() got an unexpected keyword argument 'x'", callKw("abc", "split", new PyObject[] {i(1)}, "x"));
        assertEquals("TypeError: split() takes at most 2 arguments (3 given)", call("abc", "split", s("a"), i(1), i(2)));
    }

    @Test
    void splitlines() {
        assertEquals("['a', 'b', 'c', 'd', 'e', 'f', 'g']", call("a\u001cb\u0085c\u2028d\r\ne\rf\u000bg", "splitlines"));
        assertEquals("['a\\r\\n', 'b\\n']", call("a\r\nb\n", "splitlines", PyBool.TRUE));
    }

    @Test
    void searching() {
        assertEquals("3", call("abc", "find", s(""), i(3)));
        assertEquals("-1", call("abc", "find", s(""), i(4)));
        assertEquals("0", call("abc", "count", s(""), i(4)));
        assertEquals("ValueError: substring not found", call("abc", "index", s("z")));
        assertEquals("TypeError: find() argument 1 must be str, not int", call("abc", "find", i(1)));
        assertEquals("TypeError: find expected at least 1 argument, got 0", call("abc", "find"));
        assertEquals("TypeError: slice indices must be integers or None or have an __index__ method",
                call("abc", "find", s("a"), new PyFloat(1.0)));
        assertEquals("False", call("abc", "startswith", s(""), i(4)));
        assertEquals("True", call("abc", "endswith", PyTuple.of(s("x"), s("bc"))));
        assertEquals("TypeError: startswith first arg must be str or a tuple of str, not int", call("abc", "startswith", i(1)));
        assertEquals("TypeError: tuple for endswith must only contain str, not int", call("abc", "endswith", PyTuple.of(i(1))));
        String astral = "\ud83d\ude00abc";
        assertEquals("2", call(astral, "find", s("b")));
        assertEquals("1", call(astral, "count", s("a"), i(1)));
    }

    @Test
    void replaceJoinStrip() {
        assertEquals("'-a-bc'", call("abc", "replace", s(""), s("-"), i(2)));
        assertEquals("'bbbba'", call("aaa", "replace", s("a"), s("bb"), i(2)));
        assertEquals("TypeError: replace() argument 2 must be str, not int", call("abc", "replace", s("a"), i(1)));
        assertEquals("'a-b'", call("-", "join", PyList.of(s("a"), s("b"))));
        assertEquals("TypeError: sequence item 1: expected str instance, int found", call("x", "join", PyList.of(s("a"), i(2))));
        assertEquals("TypeError: can only join an iterable", call("x", "join", i(1)));
        assertEquals("'a'", call("\u00a0a\u3000", "strip"));
        assertEquals("'a'", call("xyaxy", "strip", s("yx")));
        assertEquals("TypeError: strip arg must be None or str", call("abc", "strip", i(1)));
        assertEquals("('a', 'b', 'c')", call("abc", "partition", s("b")));
        assertEquals("('', '', 'abc')", call("abc", "rpartition", s("z")));
        assertEquals("ValueError: empty separator", call("abc", "partition", s("")));
    }

    @Test
    void caseMapping() {
        assertEquals("'SS'", call("\u00df", "upper"));
        assertEquals("'Hello World Ss'", call("hello wORLD \u00df", "title"));
        assertEquals("\"They'Re Bill'S\"", call("they're bill's", "title"));
        assertEquals("'\u03b1\u03c2 \u03c3'", call("\u0391\u03a3 \u03a3", "lower"));
        assertEquals("'\u03b1\u03c3'", call("\u0391\u03a3", "casefold"));
        assertEquals("'Ssa'", call("\u00dfa", "capitalize"));
        assertEquals("'aB1'", call("Ab1", "swapcase"));
        assertEquals("'i\u0307'", call("\u0130", "lower"));
    }

    @Test
    void predicates() {
        assertEquals("True", call("\u00b2", "isdigit"));
        assertEquals("False", call("\u00b2", "isdecimal"));
        assertEquals("True", call("\u00bd", "isnumeric"));
        assertEquals("True", call("\u4e00", "isnumeric"));
        assertEquals("False", call("\u2469", "isdigit"));
        assertEquals("True", call(" \t\u001c", "isspace"));
        assertEquals("False", call("\u00a0", "isprintable"));
        assertEquals("True", call("_a1", "isidentifier"));
        assertEquals("False", call("A b", "istitle"));
        assertEquals("True", call("\u00aa", "islower"));
        assertEquals("False", call("", "isdigit"));
        assertEquals("True", call("", "isascii"));
    }

    @Test
    void padding() {
        assertEquals("' abc  '", call("abc", "center", i(6)));
        assertEquals("'  ab '", call("ab", "center", i(5)));
        assertEquals("'**ab*'", call("ab", "center", i(5), s("*")));
        assertEquals("TypeError: The fill character must be exactly one character long", call("a", "center", i(5), s("ab")));
        assertEquals("TypeError: The fill character must be a unicode character, not int", call("a", "center", i(5), i(1)));
        assertEquals("'-00ab'", call("-ab", "zfill", i(5)));
        assertEquals("'    ab  c'", call("\tab\tc", "expandtabs", i(4)));
        assertEquals("'a\\r    b'", call("a\r\tb", "expandtabs", i(4)));
    }

    @Test
    void translateAndMaketrans() {
        PyObject table = Call.invoke(PyStr.TYPE, "maketrans", s("ab"), s("cd"), s("e"));
        assertEquals("{97: 99, 98: 100, 101: None}", table.repr());
        PyDict d = new PyDict();
        d.put(i(97), s("xy"));
        d.put(i(98), PyNone.NONE);
        d.put(i(99), i(1000));
        assertEquals("'xy\u03e8'", call("abc", "translate", d));
        assertEquals("ValueError: the first two maketrans arguments must have equal length",
                err(() -> Call.invoke(PyStr.TYPE, "maketrans", s("ab"), s("c"))));
    }

    @Test
    void encode() {
        assertEquals("b'a\\xe9\\xe9'", call("a\u00e9\u00e9", "encode", s("latin-1")));
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)",
                call("\u00e9\u00e9", "encode", s("ascii")));
        assertEquals("UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed",
                call("a\ud800", "encode"));
        assertEquals("b'&#233;&#8364;'", call("\u00e9\u20ac", "encode", s("ascii"), s("xmlcharrefreplace")));
        assertEquals("LookupError: unknown encoding: xyz", call("abc", "encode", s("xyz")));
        assertEquals("b'\\xff\\xfea\\x00b\\x00'", call("ab", "encode", s("utf-16")));
    }

    @Test
    void operators() {
        assertEquals("'abab'", StrMethods.binary(s("ab"), Operator.MUL, i(2), false).repr());
        assertEquals("'abab'", StrMethods.binary(s("ab"), Operator.MUL, i(2), true).repr());
        assertEquals("TypeError: can only concatenate str (not \"int\") to str",
                err(() -> StrMethods.binary(s("a"), Operator.ADD, i(1), false)));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'float'",
                err(() -> StrMethods.binary(s("a"), Operator.MUL, new PyFloat(1.5), true)));
        assertEquals("OverflowError: cannot fit 'int' into an index-sized integer",
                err(() -> StrMethods.binary(s("a"), Operator.MUL, PyInt.of(java.math.BigInteger.TWO.pow(70)), false)));
        assertEquals("NotImplemented", StrMethods.binary(s("a"), Operator.MOD, i(1), true).repr());
        assertEquals("'1'", StrMethods.binary(s("%s"), Operator.MOD, i(1), false).repr());
        assertEquals("NotImplemented", call("a", "__eq__", i(1)));
        assertEquals("'b'", call("abc", "__getitem__", i(1)));
    }

    @Test
    void constructor() {
        assertEquals("''", PyStr.TYPE.call().repr());
        assertEquals("\"b'abc'\"", PyStr.TYPE.call(PyBytes.of((byte) 'a', (byte) 'b', (byte) 'c')).repr());
        assertEquals("'abc'", PyStr.TYPE.call(PyBytes.of((byte) 'a', (byte) 'b', (byte) 'c'), s("utf-8")).repr());
        assertEquals("TypeError: decoding str is not supported", err(() -> PyStr.TYPE.call(s("a"), s("utf-8"))));
        assertEquals("TypeError: decoding to str: need a bytes-like object, int found",
                err(() -> PyStr.TYPE.call(i(1), s("utf-8"))));
        assertEquals("'\ufffd'", PyStr.TYPE.call(new PyObject[] {PyBytes.of((byte) 0xff), s("replace")}, new String[] {"errors"}).repr());
        assertEquals("TypeError: str() argument 'encoding' must be str, not int", err(() -> PyStr.TYPE.call(i(1), i(2))));
    }
}
