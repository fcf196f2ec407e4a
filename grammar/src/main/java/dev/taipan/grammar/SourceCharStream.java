package dev.taipan.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * An ANTLR character stream over a window [start, end) of a SourceText. Indexes are absolute
 * in the whole text, so tokens lexed from a window (an f-string's replacement field) carry
 * their true positions.
 */
public final class SourceCharStream implements CharStream {
    private final SourceText text;
    private final int start;
    private final int end;
    private final String name;
    private int pos;

    public SourceCharStream(SourceText text, int start, int end, String name) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.name = name;
        this.pos = start;
    }

    public SourceText source() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    @Override
    public String getText(Interval interval) {
        return text.text(Math.max(interval.a, start), Math.min(interval.b + 1, end));
    }

    @Override
    public void consume() {
        if (pos >= end) {
            throw new IllegalStateException("cannot consume EOF");
        }
        pos++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int index = i > 0 ? pos + i - 1 : pos + i;
        return index >= start && index < end ? text.at(index) : IntStream.EOF;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return pos;
    }

    @Override
    public void seek(int index) {
        pos = Math.max(start, Math.min(index, end));
    }

    @Override
    public int size() {
        return end;
    }

    @Override
    public String getSourceName() {
        return name;
    }
}
