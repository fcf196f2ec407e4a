package dev.taipan.stdlib;

import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import java.math.BigInteger;

/**
 * Parses JSON text as json.JSONDecoder does, with its hooks and its error messages. Works on
 * UTF-16 indices internally; positions reported to Python are code-point indices.
 */
public final class JsonDecoder {
    private final String s;
    private final PyObject objectHook;
    private final PyObject objectPairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;
    private final boolean strict;

    /** Hooks are null when not given. */
    public JsonDecoder(String s, PyObject objectHook, PyObject objectPairsHook, PyObject parseFloat, PyObject parseInt,
                       PyObject parseConstant, boolean strict) {
        this.s = s;
        this.objectHook = objectHook;
        this.objectPairsHook = objectPairsHook;
        this.parseFloat = parseFloat;
        this.parseInt = parseInt;
        this.parseConstant = parseConstant;
        this.strict = strict;
    }

    /** Thrown inside the scanner where CPython raises StopIteration(idx): "Expecting value" at idx. */
    private static final class NoValue extends RuntimeException {
        final int at;

        NoValue(int at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** json.loads: one value surrounded by optional whitespace. */
    public PyObject decodeDocument() {
        int i = skipWs(0);
        PyObject[] r = rawDecode(i);
        int end = skipWs(((PyInt) r[1]).asInt());
        if (end != s.length()) throw error("Extra data", end);
        return r[0];
    }

    /** JSONDecoder.raw_decode from UTF-16 index idx: {value, end as UTF-16 index}. */
    public PyObject[] rawDecode(int idx) {
        try {
            PyObject[] res = new PyObject[2];
            int[] end = new int[1];
            res[0] = scan(idx, end);
            res[1] = PyInt.of(end[0]);
            return res;
        } catch (NoValue e) {
            throw error("Expecting value", e.at);
        }
    }

    /** Code-point index of a UTF-16 index in the document. */
    public int cpIndex(int i) {
        return s.codePointCount(0, i);
    }

    private PyException error(String msg, int at) {
        return JsonModule.decodeError(msg, s, cpIndex(at));
    }

    private int skipWs(int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
            i++;
        }
        return i;
    }

    private boolean startsWith(int i, String word) {
        return s.startsWith(word, i);
    }

    /** scan_once: parses the value at i, storing the index after it in end[0]. */
    /** Nesting depth; CPython's C scanner stops at its C recursion limit (9998 levels from the top). */
    private int depth;
    private static final int MAX_DEPTH = 9998;

    private void enter(String what) {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw dev.taipan.runtime.Errors.of(dev.taipan.runtime.PyExc.RecursionError,
                    "maximum recursion depth exceeded while decoding a JSON " + what + " from a unicode string");
        }
    }

    private PyObject scan(int i, int[] end) {
        if (i >= s.length()) throw new NoValue(i);
        char c = s.charAt(i);
        switch (c) {
            case '"' -> {
                return PyStr.of(scanString(i + 1, end));
            }
            case '{' -> {
                enter("object");
                try {
                    return scanObject(i + 1, end);
                } finally {
                    depth--;
                }
            }
            case '[' -> {
                enter("array");
                try {
                    return scanArray(i + 1, end);
                } finally {
                    depth--;
                }
            }
            case 'n' -> {
                if (startsWith(i, "null")) {
                    end[0] = i + 4;
                    return PyNone.NONE;
                }
            }
            case 't' -> {
                if (startsWith(i, "true")) {
                    end[0] = i + 4;
                    return PyBool.TRUE;
                }
            }
            case 'f' -> {
                if (startsWith(i, "false")) {
                    end[0] = i + 5;
                    return PyBool.FALSE;
                }
            }
            case 'N' -> {
                if (startsWith(i, "NaN")) {
                    end[0] = i + 3;
                    return constant("NaN", Double.NaN);
                }
            }
            case 'I' -> {
                if (startsWith(i, "Infinity")) {
                    end[0] = i + 8;
                    return constant("Infinity", Double.POSITIVE_INFINITY);
                }
            }
            case '-' -> {
                if (startsWith(i, "-Infinity")) {
                    end[0] = i + 9;
                    return constant("-Infinity", Double.NEGATIVE_INFINITY);
                }
            }
            default -> {
            }
        }
        return scanNumber(i, end);
    }

    private PyObject constant(String name, double value) {
        return parseConstant == null ? new PyFloat(value) : parseConstant.call(PyStr.of(name));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private PyObject scanNumber(int start, int[] end) {
        int n = s.length();
        int i = start;
        if (i < n && s.charAt(i) == '-') i++;
        if (i < n && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (i < n && digit(s.charAt(i))) i++;
        } else if (i < n && s.charAt(i) == '0') {
            i++;
        } else {
            throw new NoValue(start);
        }
        boolean isFloat = false;
        if (i + 1 < n && s.charAt(i) == '.' && digit(s.charAt(i + 1))) {
            i += 2;
            while (i < n && digit(s.charAt(i))) i++;
            isFloat = true;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < n && (s.charAt(e) == '-' || s.charAt(e) == '+')) e++;
            int digitsStart = e;
            while (e < n && digit(s.charAt(e))) e++;
            if (e > digitsStart) {
                i = e;
                isFloat = true;
            }
        }
        end[0] = i;
        String text = s.substring(start, i);
        if (isFloat) {
            return parseFloat == null ? new PyFloat(Double.parseDouble(text)) : parseFloat.call(PyStr.of(text));
        }
        if (parseInt != null) return parseInt.call(PyStr.of(text));
        return text.length() < 19 ? PyInt.of(Long.parseLong(text)) : PyInt.of(new BigInteger(text));
    }

    /** scanstring: i is just after the opening quote. */
    private String scanString(int i, int[] end) {
        int begin = i - 1;
        int n = s.length();
        StringBuilder sb = null;
        int chunk = i;
        while (true) {
            if (i >= n) throw error("Unterminated string starting at", begin);
            char c = s.charAt(i);
            if (c == '"') {
                end[0] = i + 1;
                if (sb == null) return s.substring(chunk, i);
                return sb.append(s, chunk, i).toString();
            }
            if (c == '\\') {
                if (sb == null) sb = new StringBuilder();
                sb.append(s, chunk, i);
                i = escape(i, sb, begin);
                chunk = i;
                continue;
            }
            if (c < 0x20 && strict) throw error("Invalid control character at", i);
            i++;
        }
    }

    private int hex4(int at) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(at + k), 16);
            if (d < 0 || s.charAt(at + k) > 'f') return -1;
            v = (v << 4) | d;
        }
        return v;
    }

    /** Decodes the escape whose backslash is at i; returns the index after it. */
    private int escape(int i, StringBuilder sb, int begin) {
        int n = s.length();
        int next = i + 1;
        if (next >= n) throw error("Unterminated string starting at", begin);
        char c = s.charAt(next);
        if (c != 'u') {
            char r = switch (c) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '/' -> '/';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> 0;
            };
            if (r == 0) throw error("Invalid \\escape", i);
            sb.append(r);
            return next + 1;
        }
        int hexAt = next + 1;
        if (hexAt + 4 >= n) throw error("Invalid \\uXXXX escape", next);
        int cp = hex4(hexAt);
        if (cp < 0) throw error("Invalid \\uXXXX escape", next);
        int end = hexAt + 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < n && s.charAt(end) == '\\' && s.charAt(end + 1) == 'u') {
            int c2 = hex4(end + 2);
            if (c2 < 0) throw error("Invalid \\uXXXX escape", end + 1);
            if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                sb.append((char) cp).append((char) c2);
                return end + 6;
            }
        }
        sb.append((char) cp);
        return end;
    }

    private PyObject scanObject(int i, int[] end) {
        int n = s.length();
        PyList pairs = objectPairsHook != null ? new PyList() : null;
        PyDict dict = objectPairsHook == null ? new PyDict() : null;
        i = skipWs(i);
        if (i < n && s.charAt(i) == '}') {
            end[0] = i + 1;
            return finishObject(pairs, dict);
        }
        int[] e = new int[1];
        while (true) {
            if (i >= n || s.charAt(i) != '"') throw error("Expecting property name enclosed in double quotes", i);
            String key = scanString(i + 1, e);
            i = skipWs(e[0]);
            if (i >= n || s.charAt(i) != ':') throw error("Expecting ':' delimiter", i);
            i = skipWs(i + 1);
            PyObject value = scan(i, e);
            if (pairs != null) pairs.append(PyTuple.of(PyStr.of(key), value));
            else dict.put(PyStr.of(key), value);
            i = skipWs(e[0]);
            if (i < n && s.charAt(i) == '}') {
                end[0] = i + 1;
                return finishObject(pairs, dict);
            }
            if (i >= n || s.charAt(i) != ',') throw error("Expecting ',' delimiter", i);
            int comma = i;
            i = skipWs(i + 1);
            if (i < n && s.charAt(i) == '}') throw error("Illegal trailing comma before end of object", comma);
        }
    }

    private PyObject finishObject(PyList pairs, PyDict dict) {
        if (pairs != null) return objectPairsHook.call(pairs);
        if (objectHook != null) return objectHook.call(dict);
        return dict;
    }

    private PyObject scanArray(int i, int[] end) {
        int n = s.length();
        PyList list = new PyList();
        i = skipWs(i);
        if (i < n && s.charAt(i) == ']') {
            end[0] = i + 1;
            return list;
        }
        int[] e = new int[1];
        while (true) {
            list.append(scan(i, e));
            i = skipWs(e[0]);
            if (i < n && s.charAt(i) == ']') {
                end[0] = i + 1;
                return list;
            }
            if (i >= n || s.charAt(i) != ',') throw error("Expecting ',' delimiter", i);
            int comma = i;
            i = skipWs(i + 1);
            if (i < n && s.charAt(i) == ']') throw error("Illegal trailing comma before end of array", comma);
        }
    }
}
