package dev.taipan.runtime;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Formats an exception as CPython prints it: the chain, each traceback with source lines and carets, notes. */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    private static final Pattern SIMPLE_CALL_STMT = Pattern.compile("^(return\\s+|[A-Za-z_][A-Za-z_0-9]*\\s*=\\s*)");

    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        formatChain(e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void formatChain(PyBaseException e, StringBuilder sb, Map<PyBaseException, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            formatChain(e.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            formatChain(e.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(e, sb);
    }

    private static void formatOne(PyBaseException e, StringBuilder sb) {
        if (e.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            formatEntries(e.traceback, sb);
        }
        sb.append(exceptionLine(e));
        PyObject notes = e.slot("__notes__");
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                PyObject n = l.items[i];
                sb.append(n instanceof PyStr s ? s.value : n.repr()).append('\n');
            }
        }
    }

    /** "Type: message" (just "Type" for an empty message), with the module prefix for non-builtin types. */
    public static String exceptionLine(PyBaseException e) {
        PyType t = e.type();
        String mod = t.moduleName();
        String name = (mod == null || mod.equals("builtins") || mod.equals("__main__")) ? t.qualname : mod + "." + t.qualname;
        String msg;
        try {
            msg = e.str();
        } catch (PyException x) {
            msg = "<exception str() failed>";
        }
        if (t.isSubtypeOf(PyExc.SyntaxError) && !(e.slot("lineno") == null && e.args.size() < 2)) {
            return syntaxErrorBody(e) + name + ": " + e.args.get(0).str() + "\n";
        }
        return msg.isEmpty() ? name + "\n" : name + ": " + msg + "\n";
    }

    private static String syntaxErrorBody(PyBaseException e) {
        PyType t = e.type();
        PyObject fn = t.lookup("filename").descrGet(e, t);
        PyObject ln = t.lookup("lineno").descrGet(e, t);
        PyObject text = t.lookup("text").descrGet(e, t);
        PyObject off = t.lookup("offset").descrGet(e, t);
        PyObject endOff = t.lookup("end_offset").descrGet(e, t);
        PyObject endLn = t.lookup("end_lineno").descrGet(e, t);
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(fn == PyNone.NONE ? "<string>" : fn.str()).append("\", line ").append(ln.str()).append('\n');
        if (text instanceof PyStr ts) {
            String raw = ts.value;
            int nl = raw.indexOf('\n');
            if (nl >= 0) raw = raw.substring(0, nl);
            String stripped = raw.stripLeading();
            String shown = stripped.stripTrailing();
            int lead = raw.length() - stripped.length();
            sb.append("    ").append(shown).append('\n');
            if (off instanceof PyInt o && o.value >= 1) {
                int start = (int) o.value - 1 - lead;
                int end = endOff instanceof PyInt eo && eo.value > 0 && (endLn == PyNone.NONE || endLn.equals(ln)) ? (int) eo.value - 1 - lead : start + 1;
                if (start < 0) start = 0;
                if (start > shown.length()) start = shown.length();
                if (end <= start) end = start + 1;
                sb.append("    ").append(" ".repeat(start)).append("^".repeat(end - start)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void formatEntries(PyTraceback tb, StringBuilder sb) {
        String lastKey = null;
        int repeat = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            String key = t.code.filename + ":" + t.line + ":" + t.code.name;
            if (key.equals(lastKey)) {
                repeat++;
                if (repeat >= 3) continue;
            } else {
                if (repeat >= 3) {
                    sb.append("  [Previous line repeated ").append(repeat - 2).append(" more time").append(repeat - 2 == 1 ? "" : "s").append("]\n");
                }
                repeat = 0;
                lastKey = key;
            }
            formatEntry(t, sb);
        }
        if (repeat >= 3) {
            sb.append("  [Previous line repeated ").append(repeat - 2).append(" more time").append(repeat - 2 == 1 ? "" : "s").append("]\n");
        }
    }

    private static void formatEntry(PyTraceback t, StringBuilder sb) {
        sb.append("  File \"").append(t.code.filename).append("\", line ").append(t.line).append(", in ").append(t.code.name).append('\n');
        String src = t.code.sourceLine(t.line);
        if (src == null) return;
        String stripped = src.strip();
        if (stripped.isEmpty()) return;
        sb.append("    ").append(stripped).append('\n');
        if (t.col < 0 || t.endLine != t.line) return;
        int lead = src.length() - src.stripLeading().length();
        int start = t.col, end = t.endCol;
        if (end > src.length() || start >= end) return;
        String segment = src.substring(start, end);
        boolean coversLine = src.substring(0, start).isBlank() && src.substring(end).isBlank();
        if (t.anchorKind == 2 && !coversLine) {
            String before = stripped.substring(0, start - lead);
            if (SIMPLE_CALL_STMT.matcher(before).matches() && src.substring(end).isBlank()
                    && segment.matches("[A-Za-z_][A-Za-z_0-9]*\\s*\\(.*")) {
                return;
            }
        }
        int aStart = -1, aEnd = -1;
        if (t.anchorKind == 1) {
            int p = t.anchorCol;
            while (p < end && (Character.isWhitespace(src.charAt(p)) || src.charAt(p) == ')')) p++;
            aStart = p;
            aEnd = Math.min(end, p + t.anchorLen);
        } else if (t.anchorKind == 2) {
            int p = t.anchorCol;
            while (p < end && src.charAt(p) != '(' && src.charAt(p) != '[') p++;
            aStart = p;
            aEnd = end;
        }
        if (aStart < 0 && coversLine) return;
        StringBuilder carets = new StringBuilder("    ");
        carets.append(" ".repeat(start - lead));
        for (int i = start; i < end; i++) {
            carets.append(aStart < 0 || (i >= aStart && i < aEnd) ? '^' : '~');
        }
        sb.append(carets).append('\n');
    }
}
