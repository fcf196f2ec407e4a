package dev.taipan.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.runtime.Bootstrap;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.ThreadState;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsonModuleTest {
    private PyModule m;

    @BeforeEach
    void setUp() {
        InterpState interp = new InterpState();
        ThreadState.attach(new ThreadState(interp));
        Bootstrap.installBuiltins(interp);
        m = new JsonModule().create(interp);
    }

    private static String outcome(Supplier<PyObject> f) {
        try {
            return f.get().repr();
        } catch (PyException e) {
            return e.value.type().name + ": " + e.value.str();
        }
    }

    private String loads(String s) {
        return outcome(() -> m.getAttr("decode").call(PyStr.of(s)));
    }

    private String dumps(PyObject o, PyObject indent, String keySep, String itemSep, boolean sortKeys, boolean ensureAscii,
                         boolean allowNan) {
        return outcome(() -> m.getAttr("encode").call(o, PyNone.NONE, indent, PyStr.of(keySep), PyStr.of(itemSep),
                PyBool.of(sortKeys), PyBool.FALSE, PyBool.of(ensureAscii), PyBool.TRUE, PyBool.of(allowNan)));
    }

    private String dumps(PyObject o) {
        return dumps(o, PyNone.NONE, ": ", ", ", false, true, true);
    }

    @Test
    void decodes() {
        assertEquals("{'a': [1, 2.5, None, True, False], 'b': 'x\\n'}", loads("{\"a\": [1, 2.5, null, true, false], \"b\": \"x\\n\"}"));
        assertEquals("'𝄞'", loads("\"\\ud834\\udd1e\""));
        assertEquals("123456789012345678901234567890", loads("123456789012345678901234567890"));
        assertEquals("0", loads("-0"));
        assertEquals("1500.0", loads("1.5e3"));
        assertEquals("[nan, inf, -inf]", loads("[NaN, Infinity, -Infinity]"));
        assertEquals("{'a': 2}", loads("{\"a\":1,\"a\":2}"));
        assertEquals("[]", loads("  [ ]  "));
    }

    @Test
    void decodeErrors() {
        assertEquals("JSONDecodeError: Expecting value: line 1 column 1 (char 0)", loads(""));
        assertEquals("JSONDecodeError: Expecting value: line 1 column 2 (char 1)", loads(" "));
        assertEquals("JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)", loads("{"));
        assertEquals("JSONDecodeError: Expecting ':' delimiter: line 1 column 5 (char 4)", loads("{\"a\""));
        assertEquals("JSONDecodeError: Expecting ',' delimiter: line 1 column 7 (char 6)", loads("{\"a\":1"));
        assertEquals("JSONDecodeError: Illegal trailing comma before end of object: line 1 column 7 (char 6)", loads("{\"a\":1,}"));
        assertEquals("JSONDecodeError: Illegal trailing comma before end of array: line 1 column 3 (char 2)", loads("[1,]"));
        assertEquals("JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0)", loads("\"abc"));
        assertEquals("JSONDecodeError: Invalid \\escape: line 1 column 3 (char 2)", loads("\"a\\x\""));
        assertEquals("JSONDecodeError: Invalid \\uXXXX escape: line 1 column 3 (char 2)", loads("\"\\u12\""));
        assertEquals("JSONDecodeError: Invalid control character at: line 1 column 3 (char 2)", loads("\"a\nb\""));
        assertEquals("JSONDecodeError: Extra data: line 1 column 3 (char 2)", loads("1 2"));
        assertEquals("JSONDecodeError: Extra data: line 1 column 2 (char 1)", loads("01"));
        assertEquals("JSONDecodeError: Expecting value: line 1 column 1 (char 0)", loads("tru"));
        assertEquals("JSONDecodeError: Expecting value: line 3 column 3 (char 4)", loads("\n\n  x"));
        assertEquals("JSONDecodeError: Expecting value: line 1 column 4 (char 3)", loads("[1,,2]"));
        assertEquals("JSONDecodeError: Expecting ',' delimiter: line 1 column 8 (char 7)", loads("{\"a\":1 \"b\":2}"));
        assertEquals("TypeError: the JSON object must be str, bytes or bytearray, not int",
                outcome(() -> m.getAttr("decode").call(PyInt.of(1))));
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> m.getAttr("decode").call(PyStr.of("[1,]")));
        assertEquals("'Illegal trailing comma before end of array' 2 1 3",
                e.value.getAttr("msg").repr() + " " + e.value.getAttr("pos").repr() + " " + e.value.getAttr("lineno").repr() + " "
                        + e.value.getAttr("colno").repr());
        
        assertEquals("([1], 6)", outcome(() -> m.getAttr("raw_decode").call(PyStr.of("xx [1] yy"), PyInt.of(3))));
    }

    @Test
    void encodes() {
        PyDict d = new PyDict();
        d.put(PyStr.of("b"), PyInt.of(1));
        PyDict empty = new PyDict();
        d.put(PyStr.of("a"), PyList.of(PyInt.of(1), PyInt.of(2), empty));
        d.put(PyStr.of("c"), new PyList());
        assertEquals("'{\"b\": 1, \"a\": [1, 2, {}], \"c\": []}'", dumps(d));
        assertEquals("'{\\n  \"a\": [\\n    1,\\n    2,\\n    {}\\n  ],\\n  \"b\": 1,\\n  \"c\": []\\n}'",
                dumps(d, PyStr.of("  "), ": ", ",", true, true, true));
        assertEquals("'[NaN, Infinity, -Infinity, 1e+100, 1.0, 0.1, -0.0]'", dumps(PyList.of(new PyFloat(Double.NaN),
                new PyFloat(Double.POSITIVE_INFINITY), new PyFloat(Double.NEGATIVE_INFINITY), new PyFloat(1e100), new PyFloat(1.0),
                new PyFloat(0.1), new PyFloat(-0.0))));
        assertEquals("ValueError: Out of range float values are not JSON compliant: nan",
                dumps(new PyFloat(Double.NaN), PyNone.NONE, ": ", ", ", false, true, false));
        PyDict k = new PyDict();
        k.put(PyInt.of(1), PyInt.of(2));
        k.put(new PyFloat(1.5), PyInt.of(3));
        k.put(PyNone.NONE, PyInt.of(5));
        k.put(PyBool.FALSE, PyInt.of(6));
        assertEquals("'{\"1\": 2, \"1.5\": 3, \"null\": 5, \"false\": 6}'", dumps(k));
        assertEquals("'\"h\\\\u00e9llo\\\\u2028\\\\ud83d\\\\ude00\\\\u007f\\\\u0000\\\\n\\\\\"\\\\\\\\\"'",
                dumps(PyStr.of("héllo\u2028\uD83D\uDE00\u007f\u0000\n\"\\")));
        assertEquals("'\"héllo😀\\\\u0000\"'", dumps(PyStr.of("héllo😀\u0000"), PyNone.NONE, ": ", ", ", false, false, true));
        PyList a = new PyList();
        a.append(a);
        assertEquals("ValueError: Circular reference detected", dumps(a));
        PyDict bad = new PyDict();
        bad.put(PyTuple.of(PyInt.of(1)), PyInt.of(1));
        assertEquals("TypeError: keys must be str, int, float, bool or None, not tuple", dumps(bad));
        assertEquals("TypeError: Object of type module is not JSON serializable", dumps(m));
        assertEquals("'[1,2]'", dumps(PyList.of(PyInt.of(1), PyInt.of(2)), PyNone.NONE, ":", ",", false, true, true));
    }
}
