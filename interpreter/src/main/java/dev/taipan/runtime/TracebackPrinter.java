package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Formats an exception as CPython prints it: the chain, each traceback with source lines and carets, notes. */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    private static final Pattern SIMPLE_CALL_STMT = Pattern.compile("^(return\\s+|[A-Za-z_][A-Za-z_0-9]*\\s*=\\s*)");

    /**
     * What to print of an exception, as traceback.TracebackException's arguments: at most `limit` entries
     * per traceback (null: all; negative: the last -limit), the cause/context chain or not, and the group limits.
     */
    public record Options(Integer limit, boolean chain, int maxGroupWidth, int maxGroupDepth) {
        public static final Options DEFAULT = new Options(null, true, 15, 10);
    }

    public static String format(PyBaseException e) {
        return String.join("", formatChunks(e, e.traceback, Options.DEFAULT));
    }

    /**
     * The exception as the pieces traceback.TracebackException.format() yields (their concatenation is what
     * the interpreter prints for an uncaught exception); tb stands in for e's own traceback.
     */
    public static List<String> formatChunks(PyBaseException e, PyTraceback tb, Options options) {
        List<String> out = new ArrayList<>();
        new Context(out, options).format(e, tb, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    /** Indentation state for printing nested exception groups, as CPython's _ExceptionPrintContext. */
    private static final class Context {
        final List<String> out;
        final Options options;
        int depth;
        boolean needClose;

        Context(List<String> out, Options options) {
            this.out = out;
            this.options = options;
        }

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** Adds text as one piece, every line prefixed with the group indentation and margin. */
        void emit(String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            if (prefix.isEmpty()) {
                out.add(text);
                return;
            }
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl + 1;
                sb.append(prefix).append(text, i, end);
                i = end;
            }
            out.add(sb.toString());
        }

        void emit(String text) {
            emit(text, '|');
        }

        void emitAll(List<String> texts) {
            for (String t : texts) emit(t);
        }

        void format(PyBaseException top, PyTraceback topTb, Set<PyBaseException> seen) {
            List<Object[]> chain = new ArrayList<>();
            PyBaseException exc = top;
            seen.add(top);
            while (exc != null) {
                String msg = null;
                PyBaseException next = null;
                if (!options.chain) {
                    next = null;
                } else if (exc.cause != null) {
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
                List<String> stack = formatStack(e == top ? topTb : e.traceback, options.limit);
                if (msg != null) emit(msg);
                if (!ExceptionGroups.isGroup(e)) {
                    if (!stack.isEmpty()) {
                        emit("Traceback (most recent call last):\n");
                        emitAll(stack);
                    }
                    emitAll(exceptionOnlyLines(e));
                } else if (depth > options.maxGroupDepth) {
                    emit("... (max_group_depth is " + options.maxGroupDepth + ")\n");
                } else {
                    formatGroup(e, stack, seen);
                }
            }
        }

        private void formatGroup(PyBaseException e, List<String> stack, Set<PyBaseException> seen) {
            boolean toplevel = depth == 0;
            if (toplevel) depth++;
            if (!stack.isEmpty()) {
                emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
                emitAll(stack);
            }
            emitAll(exceptionOnlyLines(e));
            PyObject[] excs = ExceptionGroups.exceptions(e).items;
            int width = options.maxGroupWidth;
            int n = excs.length <= width ? excs.length : width + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) needClose = true;
                boolean truncated = i >= width;
                String title = truncated ? "..." : Integer.toString(i + 1);
                out.add(indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n");
                depth++;
                if (!truncated) {
                    PyBaseException sub = (PyBaseException) excs[i];
                    seen.add(sub);
                    format(sub, sub.traceback, seen);
                } else {
                    int remaining = excs.length - width;
                    emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && needClose) {
                    out.add(indent() + "+------------------------------------\n");
                    needClose = false;
                }
                depth--;
            }
            if (toplevel) depth = 0;
        }
    }

    /** The entries of a traceback, outermost first, cut to limit as traceback.extract_tb does (null: all; negative: the last -limit). */
    public static List<PyTraceback> entries(PyTraceback tb, Integer limit) {
        List<PyTraceback> all = new ArrayList<>();
        for (PyTraceback t = tb; t != null; t = t.next) all.add(t);
        if (limit == null) return all;
        if (limit >= 0) return all.subList(0, Math.min(limit, all.size()));
        return all.subList(Math.max(0, all.size() + limit), all.size());
    }

    /** The traceback's entries as StackSummary.format() gives them: one piece per frame, long repetitions summarized. */
    public static List<String> formatStack(PyTraceback tb, Integer limit) {
        return formatStack(tb, limit, TracebackPrinter::formatEntry);
    }

    private static List<String> formatStack(PyTraceback tb, Integer limit, java.util.function.Function<PyTraceback, String> entry) {
        List<String> out = new ArrayList<>();
        String lastKey = null;
        int repeat = 0;
        for (PyTraceback t : entries(tb, limit)) {
            String key = t.code.filename + ":" + t.line + ":" + t.code.name;
            if (key.equals(lastKey)) {
                repeat++;
                if (repeat >= 3) continue;
            } else {
                if (repeat >= 3) out.add(repeatedLine(repeat - 2));
                repeat = 0;
                lastKey = key;
            }
            out.add(entry.apply(t));
        }
        if (repeat >= 3) out.add(repeatedLine(repeat - 2));
        return out;
    }

    /**
     * An exception as CPython's default unraisable hook prints it ("Exception ignored in: ..." follows
     * its C traceback printer): each entry with the first line of its source only, no carets (no
     * source at all without sourceLines, as during shutdown), then "Type: message"; no chained
     * exceptions, notes or hints.
     */
    public static String formatUnraisable(PyBaseException e, boolean sourceLines) {
        StringBuilder sb = new StringBuilder();
        if (e.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            for (String s : formatStack(e.traceback, null, t -> plainEntry(t, sourceLines))) sb.append(s);
        }
        PyType type = e.type();
        String mod = type.moduleName();
        sb.append(mod == null || mod.equals("builtins") || mod.equals("__main__") ? type.qualname : mod + "." + type.qualname);
        String msg;
        try {
            msg = e.str();
        } catch (PyException x) {
            msg = "<exception str() failed>";
        }
        return sb.append(": ").append(msg).append('\n').toString();
    }

    private static String plainEntry(PyTraceback t, boolean sourceLine) {
        String entry = "  File \"" + t.code.filename + "\", line " + t.line + ", in " + t.code.name + "\n";
        String src = sourceLine ? sourceLine(t) : null;
        return src == null ? entry : entry + "    " + src + "\n";
    }

    private static String repeatedLine(int more) {
        return "  [Previous line repeated " + more + " more time" + (more == 1 ? "" : "s") + "]\n";
    }

    /** The exception's last line(s): "Type: message" and its notes. */
    public static String exceptionOnly(PyBaseException e) {
        return String.join("", exceptionOnlyLines(e));
    }

    /** The exception's last lines as traceback.format_exception_only() lists them: the SyntaxError's location lines, "Type: message", one per note line. */
    public static List<String> exceptionOnlyLines(PyBaseException e) {
        List<String> lines = exceptionLines(e);
        PyObject notes = e.slot("__notes__");
        if (notes instanceof PyList || notes instanceof PyTuple) {
            PyObject[] items = notes instanceof PyList l ? java.util.Arrays.copyOf(l.items, l.size) : ((PyTuple) notes).items;
            for (PyObject n : items) {
                String text;
                try {
                    text = n instanceof PyStr s ? s.value : n.str();
                } catch (PyException x) {
                    text = "<note str() failed>";
                }
                for (String part : text.split("\n", -1)) lines.add(part + "\n");
            }
        } else if (notes != null) {
            String text;
            try {
                text = notes.repr();
            } catch (PyException x) {
                text = "<__notes__ repr() failed>";
            }
            lines.add(text + "\n");
        }
        return lines;
    }

    /** "Type: message" (just "Type" for an empty message), with the module prefix for non-builtin types. */
    public static String exceptionLine(PyBaseException e) {
        return String.join("", exceptionLines(e));
    }

    /** exceptionLine's lines: for a SyntaxError its location, source and caret lines come first. */
    private static List<String> exceptionLines(PyBaseException e) {
        PyType t = e.type();
        String mod = t.moduleName();
        String name = (mod == null || mod.equals("builtins") || mod.equals("__main__")) ? t.qualname : mod + "." + t.qualname;
        List<String> lines = new ArrayList<>();
        if (t.isSubtypeOf(PyExc.SyntaxError) && !(e.slot("lineno") == null && e.args.size() < 2)) {
            String body = syntaxErrorBody(e);
            for (int i = 0; i < body.length(); ) {
                int end = body.indexOf('\n', i) + 1;
                lines.add(body.substring(i, end));
                i = end;
            }
            lines.add(name + ": " + e.args.get(0).str() + "\n");
            return lines;
        }
        String msg = exceptionStr(e);
        lines.add(msg.isEmpty() ? name + "\n" : name + ": " + msg + "\n");
        return lines;
    }

    /** str(e) as a traceback shows it: with the "Did you mean" hint, or a placeholder when str() fails. */
    public static String exceptionStr(PyBaseException e) {
        String msg;
        try {
            msg = e.str();
        } catch (PyException x) {
            msg = "<exception str() failed>";
        }
        return msg + Suggestions.hint(e);
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
                int endOffset;
                boolean oneLine = ln instanceof PyInt l && endLn instanceof PyInt el ? l.value == el.value : ln == endLn;
                if (oneLine) {
                    endOffset = endOff instanceof PyInt eo && eo.value != 0 ? (int) eo.value : offset;
                } else {
                    endOffset = rtext.length() + 1; // a multi-line error: the carets run to the end of its first line
                }
                if (textLen > 0 && offset > textLen) offset = rtext.length() + 1;
                if (textLen > 0 && endOffset > textLen) endOffset = rtext.length() + 1;
                if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
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

    /** One traceback entry as printed: the File line, the stripped source line and the carets under the failing expression. */
    public static String formatEntry(PyTraceback t) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(t.code.filename).append("\", line ").append(t.line).append(", in ").append(t.code.name).append('\n');
        if (t.col >= 0 && t.endLine > t.line) {
            String block = multiLineSource(t);
            if (block != null) return sb.append(block).toString();
        }
        String stripped = sourceLine(t);
        if (stripped == null) return sb.toString();
        sb.append("    ").append(stripped).append('\n');
        String carets = caretLine(t);
        if (carets != null) sb.append(carets);
        return sb.toString();
    }

    /**
     * The source of an entry whose position spans several lines, as CPython 3.13's traceback prints it:
     * the lines dedented, carets under them only where they add information, and the middle of a long
     * span abbreviated to "...<n lines>...". Null when the source is unavailable.
     */
    static String multiLineSource(PyTraceback t) {
        int n = t.endLine - t.line + 1;
        String[] raw = new String[n];
        for (int i = 0; i < n; i++) {
            raw[i] = t.code.sourceLine(t.line + i);
            if (raw[i] == null) return null;
            raw[i] = raw[i].replaceAll("[\r\n]+$", "");
        }
        String[] lines = dedent(raw);
        if (String.join("", lines).isBlank()) return null;
        int last = n - 1;
        int shift = raw[0].length() - lines[0].length();
        int start = Math.max(0, t.col - shift), end = Math.max(0, t.endCol - shift);
        if (start > lines[0].length() || end > lines[last].length()) return null;
        // the secondary-caret part: the operator of a binary operation, the brackets of a call or subscript
        int[] anchors = multiLineAnchors(t, lines, shift, start, end);
        boolean carets;
        if (anchors != null) {
            carets = t.anchorKind != 2 || !wholeCallStatement(lines, start, end, anchors);
        } else {
            carets = !lines[0].substring(0, start).isBlank() || !lines[last].substring(end).isBlank();
        }
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>(List.of(0, last));
        if (anchors != null) {
            for (int d = -1; d <= 1; d++) {
                shown.add(anchors[0] + d);
                shown.add(anchors[2] + d);
            }
        }
        shown.removeIf(i -> i < 0 || i > last);
        List<String> out = new ArrayList<>();
        int prev = -1;
        for (int i : shown) {
            if (prev >= 0 && i - prev == 2) {
                multiLineRow(out, lines, i - 1, carets, start, end, anchors);
            } else if (prev >= 0 && i - prev > 2) {
                out.add("...<" + (i - prev - 1) + " lines>...");
            }
            multiLineRow(out, lines, i, carets, start, end, anchors);
            prev = i;
        }
        StringBuilder sb = new StringBuilder();
        for (String row : dedent(out.toArray(new String[0]))) sb.append("    ").append(row).append('\n');
        return sb.toString();
    }

    /** One printed line of a multi-line entry, followed by its carets when they are shown. */
    private static void multiLineRow(List<String> out, String[] lines, int i, boolean carets, int start, int end, int[] anchors) {
        String line = lines[i];
        out.add(line);
        if (!carets) return;
        int spaces = line.length() - line.stripLeading().length();
        int count = i == lines.length - 1 ? end : line.length();
        char primary = anchors != null ? '~' : '^';
        StringBuilder sb = new StringBuilder();
        for (int col = 0; col < count; col++) {
            if (col < spaces || (i == 0 && col < start)) {
                sb.append(' ');
            } else if (anchors != null && (i > anchors[0] || (i == anchors[0] && col >= anchors[1]))
                    && (i < anchors[2] || (i == anchors[2] && col < anchors[3]))) {
                sb.append('^');
            } else {
                sb.append(primary);
            }
        }
        out.add(sb.toString());
    }

    /**
     * {leftLine, leftCol, rightLine, rightCol} (in the dedented lines) of the part a multi-line entry marks
     * with '^' among '~': a binary operator, or a call's or subscript's brackets to the end; null for none.
     */
    private static int[] multiLineAnchors(PyTraceback t, String[] lines, int shift, int start, int end) {
        if (t.anchorKind != 1 && t.anchorKind != 2) return null;
        int li = 0, col = t.anchorCol - shift;
        if (col < start) return null;
        while (li < lines.length) {
            String line = lines[li];
            int limit = li == lines.length - 1 ? end : line.length();
            while (col < limit) {
                char c = line.charAt(col);
                boolean found = t.anchorKind == 1 ? !Character.isWhitespace(c) && c != ')' : c == '(' || c == '[';
                if (found) {
                    if (t.anchorKind == 1) return new int[] {li, col, li, Math.min(line.length(), col + t.anchorLen)};
                    return new int[] {li, col, lines.length - 1, end};
                }
                col++;
            }
            li++;
            col = 0;
        }
        return null;
    }

    /**
     * CPython shows no carets for `return f(...)` or `name = g(...)` when the call is the whole statement:
     * the lines alone say what failed.
     */
    private static boolean wholeCallStatement(String[] lines, int start, int end, int[] anchors) {
        if (lines[anchors[0]].charAt(anchors[1]) != '(' || !lines[lines.length - 1].substring(end).isBlank()) return false;
        String before = lines[0].substring(0, start).strip();
        if (before.equals("return")) return lines[0].substring(start).matches("[A-Za-z_][A-Za-z_0-9]*\\s*\\(.*");
        return before.matches("[A-Za-z_][A-Za-z_0-9]*\\s*=");
    }

    /** textwrap.dedent of separate lines: removes their common leading blanks; blank lines become empty. */
    private static String[] dedent(String[] lines) {
        String margin = null;
        for (String line : lines) {
            if (line.isBlank()) continue;
            int k = 0;
            while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) k++;
            String lead = line.substring(0, k);
            if (margin == null) {
                margin = lead;
            } else {
                int m = 0;
                while (m < margin.length() && m < lead.length() && margin.charAt(m) == lead.charAt(m)) m++;
                margin = margin.substring(0, m);
            }
        }
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) out[i] = "";
            else out[i] = margin == null ? lines[i] : lines[i].substring(margin.length());
        }
        return out;
    }

    /** The entry's source line without its surrounding whitespace, or null when there is none to show. */
    public static String sourceLine(PyTraceback t) {
        String src = t.code.sourceLine(t.line);
        if (src == null) return null;
        String stripped = src.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The line of carets (indented, with its newline) marking the failing expression, or null when none is printed. */
    public static String caretLine(PyTraceback t) {
        String src = t.code.sourceLine(t.line);
        if (src == null || src.isBlank()) return null;
        String stripped = src.strip();
        if (t.col < 0 || t.endLine != t.line) return null;
        int lead = src.length() - src.stripLeading().length();
        int start = t.col, end = t.endCol;
        if (end > src.length() || start >= end) return null;
        String segment = src.substring(start, end);
        boolean coversLine = src.substring(0, start).isBlank() && src.substring(end).isBlank();
        if (t.anchorKind == 2 && !coversLine) {
            String before = stripped.substring(0, start - lead);
            if (SIMPLE_CALL_STMT.matcher(before).matches() && src.substring(end).isBlank()
                    && segment.matches("[A-Za-z_][A-Za-z_0-9]*\\s*\\(.*")) {
                return null;
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
        if (aStart < 0 && coversLine) return null;
        StringBuilder carets = new StringBuilder("    ");
        carets.append(" ".repeat(start - lead));
        for (int i = start; i < end; i++) {
            carets.append(aStart < 0 || (i >= aStart && i < aEnd) ? '^' : '~');
        }
        return carets.append('\n').toString();
    }
}
