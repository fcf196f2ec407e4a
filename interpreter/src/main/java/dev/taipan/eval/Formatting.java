package dev.taipan.eval;

import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.ThreadState;

/** format(value, spec) as f-strings use it, and ascii() escaping. */
final class Formatting {
    private Formatting() {}

    static String format(PyObject v, String spec) {
        if (spec.isEmpty() && (v instanceof PyStr || v instanceof dev.taipan.runtime.PyInt || v instanceof dev.taipan.runtime.PyFloat)
                && v.type().builtin) {
            return v.str();
        }
        PyObject fmt = ThreadState.current().interp.builtins.getStr("format");
        return ((PyStr) fmt.call(v, PyStr.of(spec))).value;
    }

    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) sb.append((char) c);
            else if (c <= 0xff) sb.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        }
        return sb.toString();
    }
}
