package dev.taipan.tests;

import java.util.List;

/**
 * A short, unified-diff-like account of where two texts first differ: a few lines of
 * context, then the expected lines (`-`) and the actual ones (`+`) from that point on.
 */
final class Diff {
    private static final int CONTEXT = 3;
    private static final int SHOWN = 12;

    private Diff() {}

    static String describe(String what, String expected, String actual) {
        List<String> exp = expected.lines().toList();
        List<String> act = actual.lines().toList();
        int first = 0;
        while (first < exp.size() && first < act.size() && exp.get(first).equals(act.get(first))) {
            first++;
        }
        StringBuilder out = new StringBuilder();
        if (first == exp.size() && first == act.size()) {
            // Same lines: only line endings or the final newline differ.
            out.append(what).append(": the same lines, but the line endings or the final newline differ")
               .append("\n  expected ends with ").append(quote(ending(expected)))
               .append("\n  actual   ends with ").append(quote(ending(actual)));
            return out.toString();
        }
        out.append(what).append(": first difference at line ").append(first + 1)
           .append(" (expected ").append(exp.size()).append(" lines, got ").append(act.size()).append(")");
        if (first < exp.size() && first < act.size() && exp.get(first).strip().equals(act.get(first).strip())) {
            out.append("\n  (only whitespace differs: expected ").append(quote(exp.get(first)))
               .append(", actual ").append(quote(act.get(first))).append(")");
        }
        out.append("\n@@ line ").append(first + 1).append(" @@");
        for (int i = Math.max(0, first - CONTEXT); i < first; i++) {
            out.append("\n  ").append(exp.get(i));
        }
        appendLines(out, "- ", exp, first);
        appendLines(out, "+ ", act, first);
        return out.toString();
    }

    private static void appendLines(StringBuilder out, String mark, List<String> lines, int from) {
        int to = Math.min(lines.size(), from + SHOWN);
        for (int i = from; i < to; i++) {
            out.append('\n').append(mark).append(lines.get(i));
        }
        if (to < lines.size()) {
            out.append('\n').append(mark).append("... (").append(lines.size() - to).append(" more lines)");
        }
        if (from >= lines.size()) {
            out.append('\n').append(mark).append("<end of output>");
        }
    }

    /** The last {@code n} lines of a text, for a glance at where a run stopped. */
    static String tail(String text, int n) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "<none>" : String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    private static String ending(String s) {
        return s.substring(Math.max(0, s.length() - 12));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                default -> b.append(ch < ' ' ? String.format("\\x%02x", (int) ch) : String.valueOf(ch));
            }
        }
        return b.append('"').toString();
    }
}
