package dev.taipan.grammar;

import java.util.Arrays;

/**
 * A source text as code points, with a table of line starts: turns an index into a 1-based
 * line and a 0-based column counted in code points, as Python reports positions.
 * Immutable once built; newlines must already be normalized to '\n'.
 */
public final class SourceText {
    private final int[] cps;
    private final int[] lineStarts;
    private final int lineCount;

    public SourceText(String text) {
        this.cps = text.codePoints().toArray();
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = n;
    }

    /** The number of code points. */
    public int length() {
        return cps.length;
    }

    /** The code point at index, or -1 (ANTLR's EOF) outside the text. */
    public int at(int index) {
        return index >= 0 && index < cps.length ? cps[index] : -1;
    }

    /** The 1-based line holding index (an index at the very end belongs to the last line start). */
    public int line(int index) {
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The 0-based column of index within its line. */
    public int col(int index) {
        return index - lineStarts[line(index) - 1];
    }

    /** The index where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineCount) - 1)];
    }

    /** The number of lines (a text ending in '\n' has an empty last line after it). */
    public int lineCount() {
        return lineCount;
    }

    /** The text of a 1-based line without its newline; "" past the end. */
    public String lineText(int line) {
        if (line < 1 || line > lineCount) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = start;
        while (end < cps.length && cps[end] != '\n') {
            end++;
        }
        return text(start, end);
    }

    /** The text between two indexes (end exclusive). */
    public String text(int start, int end) {
        start = Math.max(0, start);
        end = Math.min(cps.length, end);
        return start >= end ? "" : new String(cps, start, end - start);
    }
}
