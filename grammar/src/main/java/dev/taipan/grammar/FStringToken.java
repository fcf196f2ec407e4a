package dev.taipan.grammar;

import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * An f-string token with the structure the lexer found in it: literal text ranges and
 * replacement fields, all as absolute indexes into the SourceText.
 */
public final class FStringToken extends CommonToken {
    private static final long serialVersionUID = 1L;

    /** A piece of an f-string or of a format spec. */
    public sealed interface Piece {}

    /** Literal text [start, end), still holding escapes and doubled braces. */
    public record Text(int start, int end) implements Piece {}

    /**
     * A replacement field: open is the '{', close the '}'. The expression is [exprStart, exprEnd).
     * debugEquals is the index of a self-documenting '=' or -1; bang the index of '!' or -1;
     * tailEnd the index of the ':' or '}' that ends expression, '=' and conversion.
     */
    public record Field(int open, int exprStart, int exprEnd, int debugEquals, int bang, int tailEnd, Spec spec,
                        int close) implements Piece {}

    /** A format spec: colon is the ':', end the index of the '}' that closes the field. */
    public record Spec(int colon, List<Piece> pieces, int end) {}

    public final boolean raw;
    public final int quoteLength;
    /** The body between the quotes: [bodyStart, bodyEnd). */
    public final int bodyStart;
    public final int bodyEnd;
    public final transient List<Piece> pieces;

    public FStringToken(Pair<TokenSource, CharStream> source, int type, int start, int stop, boolean raw,
                        int quoteLength, int bodyStart, int bodyEnd, List<Piece> pieces) {
        super(source, type, DEFAULT_CHANNEL, start, stop);
        this.raw = raw;
        this.quoteLength = quoteLength;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
        this.pieces = pieces;
    }
}
