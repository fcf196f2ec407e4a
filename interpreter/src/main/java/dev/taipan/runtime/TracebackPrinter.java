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
        new Context(sb).format(e, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return sb.toString();
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** Indentation state for printing nested exception groups, as CPython's _ExceptionPrintContext. */
    private static final class Context {
        final StringBuilder out;
        int depth;
        boolean needClose;

        Context(StringBuilder out) {
            this.out = out;
        }

        String indent() {
            return " ".repeat(2 * depth);
        }

        void emit(String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            int i = 0;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, i, end);
                i = end;
            }
        }

        void emit(String text) {
            emit(text, '|');
        }

        void format(PyBaseException top, java.util.Set<PyBaseException> seen) {
            java.util.List<Object[]> chain = new java.util.ArrayList<>();
            PyBaseException exc = top;
            seen.add(top);
            while (exc != null) {
                String msg = null;
                PyBaseException next = null;
                if (exc.cause != null) {
                    msg = "\nThe above exception was the direct cause of the following exception:\n\n";
                    next = exc.cause;
                } else if (exc.context != null && !exc.suppressContext) {
                    msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
                    next = exc.context;
                }
                if (next != null && seen.contains(next)) {
                    msg = null;
                    next = null;
                }
                chain.add(new Object[] {msg, exc});
                if (next != null) seen.add(next);
                exc = next;
            }
            for (int k = chain.size() - 1; k >= 0; k--) {
                String msg = (String) chain.get(k)[0];
                PyBaseException e = (PyBaseException) chain.get(k)[1];
                if (msg != null) emit(msg);
                if (!ExceptionGroups.isGroup(e)) {
                    if (e.traceback != null) {
                        emit("Traceback (most recent call last):\n");
                        StringBuilder tb = new StringBuilder();
                        formatEntries(e.traceback, tb);
                        emit(tb.toString());
                    }
                    emit(exceptionOnly(e));
                } else if (depth > MAX_GROUP_DEPTH) {
                    emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
                } else {
                    formatGroup(e, seen);
                }
            }
        }

        private void formatGroup(PyBaseException e, java.util.Set<PyBaseException> seen) {
            boolean toplevel = depth == 0;
            if (toplevel) depth++;
            if (e.traceback != null) {
                emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
                StringBuilder tb = new StringBuilder();
                formatEntries(e.traceback, tb);
                emit(tb.toString());
            }
            emit(exceptionOnly(e));
            PyObject[] excs = ExceptionGroups.exceptions(e).items;
            int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) needClose = true;
                boolean truncated = i >= MAX_GROUP_WIDTH;
                String title = truncated ? "..." : Integer.toString(i + 1);
                out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title).append(" ----------------\n");
                depth++;
                if (!truncated) {
                    PyBaseException sub = (PyBaseException) excs[i];
                    seen.add(sub);
                    format(sub, seen);
                } else {
                    int remaining = excs.length - MAX_GROUP_WIDTH;
                    emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && needClose) {
                    out.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                depth--;
            }
            if (toplevel) depth = 0;
        }
    }

    /** The exception's last line(s): "Type: message" and its notes. */
    public static String exceptionOnly(PyBaseException e) {
        StringBuilder sb = new StringBuilder(exceptionLine(e));
        PyObject notes = e.slot("__notes__");
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                PyObject n = l.items[i];
                String text;
                try {
                    text = n instanceof PyStr s ? s.value : n.str();
                } catch (PyException x) {
                    text = "<note str() failed>";
                }
                sb.append(text).append('\n');
            }
        } else if (notes != null) {
            sb.append(notes.repr()).append('\n');
        }
        return sb.toString();
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
        msg += Suggestions.hint(e);
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
            String rtext = ts.value;
            while (rtext.endsWith("\n")) rtext = rtext.substring(0, rtext.length() - 1);
            int k = 0;
            while (k < rtext.length() && (rtext.charAt(k) == ' ' || rtext.charAt(k) == '\n' || rtext.charAt(k) == '\f')) k++;
            String ltext = rtext.substring(k);
            int spaces = k;
            sb.append("    ").append(ltext).append('\n');
            if (off instanceof PyInt o) {
                int textLen = ts.value.length();
                int offset = (int) o.value;
                int endOffset = endOff instanceof PyInt eo && eo.value != 0 ? (int) eo.value : offset;
                if (offset > textLen) offset = rtext.length() + 1;
                if (endOffset > textLen) endOffset = rtext.length() + 1;
                if (offset == endOffset || endOffset == -1) endOffset = offset + 1;
                int colno = offset - 1 - spaces;
                int endColno = endOffset - 1 - spaces;
                if (colno >= 0) {
                    StringBuilder caretspace = new StringBuilder();
                    for (int i = 0; i < colno && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        caretspace.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    for (int i = ltext.length(); i < colno; i++) caretspace.append(' ');
                    sb.append("    ").append(caretspace).append("^".repeat(Math.max(0, endColno - colno))).append('\n');
                }
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
