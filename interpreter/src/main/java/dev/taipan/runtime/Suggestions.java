package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** "Did you mean: 'x'?" hints for NameError and AttributeError, chosen by CPython's weighted edit distance. */
final class Suggestions {
    private Suggestions() {}

    private static final int MOVE = 2;
    private static final int CASE = 1;
    private static final int MAX_ITEMS = 750;
    private static final int MAX_LEN = 40;

    /** Modules whose names a NameError also hints at importing. */
    private static final Set<String> STDLIB = Set.of("abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins",
            "calendar", "cmath", "collections", "colorsys", "contextlib", "contextvars", "copy", "csv", "dataclasses", "datetime",
            "decimal", "difflib", "dis", "enum", "errno", "fnmatch", "fractions", "functools", "gc", "glob", "hashlib", "heapq",
            "hmac", "html", "http", "inspect", "io", "ipaddress", "itertools", "json", "keyword", "linecache", "locale", "logging",
            "math", "numbers", "operator", "os", "pathlib", "pickle", "platform", "pprint", "queue", "random", "re", "secrets",
            "select", "selectors", "shlex", "shutil", "signal", "socket", "sqlite3", "statistics", "string", "struct",
            "subprocess", "sys", "tempfile", "textwrap", "threading", "time", "timeit", "token", "tokenize", "traceback",
            "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "warnings", "weakref", "xml", "zipfile", "zlib");

    /** The text to append to the exception's message, or "". */
    static String hint(PyBaseException e) {
        PyType t = e.type();
        boolean nameError = t.isSubtypeOf(PyExc.NameError);
        if (!nameError && !t.isSubtypeOf(PyExc.AttributeError)) return "";
        PyObject nameObj = e.slot("name");
        if (!(nameObj instanceof PyStr ns)) return "";
        String wrong = ns.value;
        String suggestion;
        try {
            suggestion = compute(e, nameError, wrong);
        } catch (PyException x) {
            suggestion = null;
        }
        String out = suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?";
        if (nameError && STDLIB.contains(wrong)) {
            out += suggestion != null ? " Or did you forget to import '" + wrong + "'?" : ". Did you forget to import '" + wrong + "'?";
        }
        return out;
    }

    private static Frame lastFrame(PyBaseException e) {
        PyTraceback tb = e.traceback;
        if (tb == null) return null;
        while (tb.next != null) tb = tb.next;
        return tb.frame;
    }

    private static String compute(PyBaseException e, boolean nameError, String wrong) {
        List<String> candidates = new ArrayList<>();
        Frame f = lastFrame(e);
        if (nameError) {
            if (f == null) return null;
            PyDict locals = FrameObject.localsOf(f);
            addKeys(candidates, locals);
            addKeys(candidates, f.globals);
            addKeys(candidates, f.builtins);
            PyObject self = locals.getStr("self");
            if (self != null && self.lookupAttr(wrong) != null) return "self." + wrong;
        } else {
            PyObject obj = e.slot("obj");
            if (obj == null) return null;
            PyObject dir = ThreadState.current().interp.builtins.getStr("dir");
            PyObject names = dir.call(obj);
            boolean hide = !wrong.startsWith("_");
            if (hide && f != null && FrameObject.localsOf(f).getStr("self") == obj) hide = false;
            PyObject it = names.iter();
            for (PyObject n = it.next(); n != null; n = it.next()) {
                String s = n.str();
                if (hide && s.startsWith("_")) continue;
                candidates.add(s);
            }
        }
        return closest(candidates, wrong);
    }

    /** The candidate nearest to wrong within CPython's distance limits, or null. */
    static String closest(List<String> candidates, String wrong) {
        if (candidates.size() > MAX_ITEMS || wrong.length() > MAX_LEN) return null;
        int best = Integer.MAX_VALUE;
        String suggestion = null;
        for (String c : candidates) {
            if (c.equals(wrong)) continue;
            int max = Math.min((c.length() + wrong.length() + 3) * MOVE / 6, best - 1);
            int d = distance(wrong, c, max);
            if (d > max) continue;
            if (suggestion == null || d < best) {
                suggestion = c;
                best = d;
            }
        }
        return suggestion;
    }

    private static void addKeys(List<String> out, PyDict d) {
        for (int i = 0; i < d.limit(); i++) {
            PyObject k = d.keyAt(i);
            if (k instanceof PyStr s) out.add(s.value);
        }
    }

    private static int substitution(char a, char b) {
        if (a == b) return 0;
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) return CASE;
        return MOVE;
    }

    /** Weighted edit distance; any answer above max means "too far". */
    static int distance(String a, String b, int max) {
        if (a.equals(b)) return 0;
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) pre++;
        a = a.substring(pre);
        b = b.substring(pre);
        int post = 0;
        while (post < a.length() && post < b.length() && a.charAt(a.length() - 1 - post) == b.charAt(b.length() - 1 - post)) post++;
        a = a.substring(0, a.length() - post);
        b = b.substring(0, b.length() - post);
        if (a.isEmpty() || b.isEmpty()) return MOVE * (a.length() + b.length());
        if (a.length() > MAX_LEN || b.length() > MAX_LEN) return max + 1;
        if (b.length() < a.length()) {
            String tmp = a;
            a = b;
            b = tmp;
        }
        if ((b.length() - a.length()) * MOVE > max) return max + 1;
        // One buffer row, updated in place; each row's left edge is taken as (row index * MOVE), as CPython does.
        int[] row = new int[a.length()];
        for (int i = 0; i < row.length; i++) row[i] = (i + 1) * MOVE;
        int result = 0;
        for (int j = 0; j < b.length(); j++) {
            int diag = j * MOVE;
            result = j * MOVE;
            int rowMin = Integer.MAX_VALUE;
            for (int i = 0; i < a.length(); i++) {
                int substitute = diag + substitution(b.charAt(j), a.charAt(i));
                diag = row[i];
                result = Math.min(Math.min(result, diag) + MOVE, substitute);
                row[i] = result;
                rowMin = Math.min(rowMin, result);
            }
            if (rowMin > max) return max + 1;
        }
        return result;
    }
}
