package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Ops;
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
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** Serializes Python values to JSON text with the options of json.JSONEncoder. */
public final class JsonEncoder {
    /** Called for values JSON cannot represent; null means "raise TypeError". */
    private final PyObject defaultFn;
    /** null for compact output, else the indent unit. */
    private final String indent;
    private final String keySeparator;
    private final String itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean ensureAscii;
    private final boolean allowNan;
    private final IdentityHashMap<PyObject, Boolean> markers;
    private final StringBuilder out = new StringBuilder();

    public JsonEncoder(PyObject defaultFn, String indent, String keySeparator, String itemSeparator, boolean sortKeys,
                       boolean skipKeys, boolean ensureAscii, boolean checkCircular, boolean allowNan) {
        this.defaultFn = defaultFn;
        this.indent = indent;
        this.keySeparator = keySeparator;
        this.itemSeparator = itemSeparator;
        this.sortKeys = sortKeys;
        this.skipKeys = skipKeys;
        this.ensureAscii = ensureAscii;
        this.allowNan = allowNan;
        this.markers = checkCircular ? new IdentityHashMap<>() : null;
    }

    /** Encodes one value (the whole document). */
    public String encode(PyObject o) {
        out.setLength(0);
        encodeValue(o, 0);
        return out.toString();
    }

    // ---- strings -------------------------------------------------------------------------------

    /** A JSON string literal for s, ASCII-only when ensureAscii. */
    public static String quote(String s, boolean ensureAscii) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendQuoted(sb, s, ensureAscii);
        return sb.toString();
    }

    static void appendQuoted(StringBuilder sb, String s, boolean ensureAscii) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ensureAscii && c > 0x7e)) {
                        // a UTF-16 char is exactly one \\uXXXX unit: supplementary characters become their surrogate pair
                        sb.append("\\u");
                        String h = Integer.toHexString(c);
                        for (int k = h.length(); k < 4; k++) sb.append('0');
                        sb.append(h);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** float.__repr__ with JSON's names for the non-finite values. */
    private String floatText(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            String text = Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            if (!allowNan) {
                throw Errors.valueError("Out of range float values are not JSON compliant: " + PyFloat.repr(d));
            }
            return text;
        }
        return PyFloat.repr(d);
    }

    private static String intText(PyInt i) {
        return i.isBig() ? i.toBig().toString() : Long.toString(i.value);
    }

    // ---- values --------------------------------------------------------------------------------

    private void newline(int level) {
        out.append('\n');
        for (int i = 0; i < level; i++) out.append(indent);
    }

    private void encodeValue(PyObject o, int level) {
        if (o == PyNone.NONE) {
            out.append("null");
        } else if (o == PyBool.TRUE) {
            out.append("true");
        } else if (o == PyBool.FALSE) {
            out.append("false");
        } else if (o instanceof PyStr s) {
            appendQuoted(out, s.value, ensureAscii);
        } else if (o instanceof PyInt i) {
            out.append(intText(i));
        } else if (o instanceof PyFloat f) {
            out.append(floatText(f.value));
        } else if (o instanceof PyList || o instanceof PyTuple) {
            encodeList(o, level);
        } else if (o instanceof PyDict d) {
            encodeDict(d, level);
        } else {
            encodeOther(o, level);
        }
    }

    private void enter(PyObject o) {
        if (markers != null && markers.put(o, Boolean.TRUE) != null) {
            throw Errors.valueError("Circular reference detected");
        }
    }

    private void exit(PyObject o) {
        if (markers != null) markers.remove(o);
    }

    private void encodeList(PyObject seq, int level) {
        PyObject[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).items;
        if (items.length == 0) {
            out.append("[]");
            return;
        }
        enter(seq);
        out.append('[');
        if (indent != null) newline(level + 1);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(itemSeparator);
                if (indent != null) newline(level + 1);
            }
            encodeValue(items[i], level + 1);
        }
        if (indent != null) newline(level);
        out.append(']');
        exit(seq);
    }

    private void encodeDict(PyDict d, int level) {
        if (d.size() == 0) {
            out.append("{}");
            return;
        }
        enter(d);
        List<PyObject[]> items = new ArrayList<>(d.size());
        for (int i = 0; i < d.limit(); i++) {
            PyObject k = d.keyAt(i);
            if (k != null) items.add(new PyObject[] {k, d.valueAtPos(i)});
        }
        if (sortKeys) sortItems(items);
        out.append('{');
        boolean first = true;
        for (PyObject[] kv : items) {
            String key = keyText(kv[0]);
            if (key == null) continue;
            if (!first) out.append(itemSeparator);
            if (indent != null) newline(level + 1);
            first = false;
            appendQuoted(out, key, ensureAscii);
            out.append(keySeparator);
            encodeValue(kv[1], level + 1);
        }
        if (indent != null && !first) newline(level);
        out.append('}');
        exit(d);
    }

    /** The JSON key for a dict key, or null when skipkeys drops it. */
    private String keyText(PyObject k) {
        if (k instanceof PyStr s) return s.value;
        if (k instanceof PyFloat f) return floatText(f.value);
        if (k == PyBool.TRUE) return "true";
        if (k == PyBool.FALSE) return "false";
        if (k == PyNone.NONE) return "null";
        if (k instanceof PyInt i) return intText(i);
        if (skipKeys) return null;
        throw Errors.typeError("keys must be str, int, float, bool or None, not " + k.type().name);
    }

    /** sorted(dct.items()): items compared as (key, value) tuples with Python's <. */
    static void sortItems(List<PyObject[]> items) {
        PyObject[][] a = items.toArray(new PyObject[0][]);
        // binary insertion sort for small inputs, merge sort otherwise: both use only <, as list.sort does
        mergeSort(a, new PyObject[a.length][], 0, a.length);
        items.clear();
        items.addAll(List.of(a));
    }

    private static boolean itemLess(PyObject[] x, PyObject[] y) {
        if (x[0] == y[0] || Ops.eq(x[0], y[0])) return Ops.lessThan(x[1], y[1]);
        return Ops.lessThan(x[0], y[0]);
    }

    private static void mergeSort(PyObject[][] a, PyObject[][] tmp, int lo, int hi) {
        if (hi - lo < 8) {
            for (int i = lo + 1; i < hi; i++) {
                PyObject[] pivot = a[i];
                int l = lo, r = i;
                while (l < r) {
                    int mid = (l + r) >>> 1;
                    if (itemLess(pivot, a[mid])) r = mid;
                    else l = mid + 1;
                }
                System.arraycopy(a, l, a, l + 1, i - l);
                a[l] = pivot;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            a[k++] = itemLess(tmp[j], tmp[i]) ? tmp[j++] : tmp[i++];
        }
        while (i < mid) a[k++] = tmp[i++];
        while (j < hi) a[k++] = tmp[j++];
    }

    private void encodeOther(PyObject o, int level) {
        if (defaultFn == null) {
            throw Errors.typeError("Object of type " + o.type().name + " is not JSON serializable");
        }
        enter(o);
        PyObject r;
        try {
            r = defaultFn.call(o);
        } catch (PyException e) {
            exit(o);
            throw e;
        }
        encodeValue(r, level);
        exit(o);
    }
}
