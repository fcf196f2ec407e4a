package dev.taipan.grammar;

import java.util.Arrays;

/**
 * A source text as code points, with a table of line starts: turns an index into a 1-based
 * line and a 0-based column counted in code points, as Python reports positions.
 * Built once per parse and used by one thread (line() keeps a lookup hint); newlines must
 * already be normalized to '\n'.
 */
public final class SourceText {
    private final String string;
    /** True when every character is in the BMP, so code point indexes are char indexes of string. */
    private final boolean bmp;
    private final int[] cps;
    private final int[] lineStarts;
    private final int lineCount;
    /** The last line found by line(), as a hint: lookups mostly move forward a little. */
    private int lastLine = 1;

    public SourceText(String text) {
        this.string = text;
        int length = text.length();
        int[] points = new int[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                points[count++] = Character.toCodePoint(c, text.charAt(++i));
            } else {
                points[count++] = c;
            }
        }
        this.bmp = count == length;
        this.cps = count == length ? points : Arrays.copyOf(points, count);
        int[] starts = new int[Math.max(16, length / 24)];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < count; i++) {
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
        int hint = lastLine;
        if (lineStarts[hint - 1] <= index && (hint == lineCount || index < lineStarts[hint])) {
            return hint;
        }
        if (hint < lineCount && lineStarts[hint] <= index && (hint + 1 == lineCount || index < lineStarts[hint + 1])) {
            lastLine = hint + 1;
            return hint + 1;
        }
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
        lastLine = lo + 1;
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
        if (start >= end) {
            return "";
        }
        return bmp ? string.substring(start, end) : new String(cps, start, end - start);
    }
}
