package dev.taipan.parse;

import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import dev.taipan.grammar.LexerSyntaxError;
import dev.taipan.grammar.SourceCharStream;
import dev.taipan.grammar.SourceText;
import dev.taipan.grammar.TaipanLexer;
import dev.taipan.grammar.TaipanParser;

/**
 * Runs the generated lexer and parser: SLL prediction first and full LL only when SLL fails
 * (ANTLR's two-stage strategy), stopping at the first syntax error.
 */
final class ParseRunner {
    private ParseRunner() {
    }

    /**
     * A token stream whose buffer starts at about the expected number of tokens, and which
     * remembers the furthest token a parser looked at (CPython reports some errors by it).
     */
    static final class TrackedTokenStream extends CommonTokenStream {
        private int furthest = -1;

        TrackedTokenStream(TaipanLexer lexer, int expected) {
            super(lexer);
            tokens = new java.util.ArrayList<>(Math.max(16, expected));
        }

        @Override
        public Token LT(int k) {
            Token t = super.LT(k);
            if (t != null && t.getTokenIndex() > furthest) {
                furthest = t.getTokenIndex();
            }
            return t;
        }

        /** The index of the furthest token looked at by a parser. */
        int furthest() {
            return furthest;
        }
    }

    /** A parse that stopped at its first error. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RecognitionException cause;
        final transient Token offending;

        Failure(RecognitionException cause, Token offending) {
            super(null, null, false, false);
            this.cause = cause;
            this.offending = offending;
        }
    }

    static TaipanLexer lexer(SourceText src, int start, int end, String filename, boolean expressionMode) {
        TaipanLexer lexer = new TaipanLexer(new SourceCharStream(src, start, end, filename));
        lexer.removeErrorListeners();
        lexer.setExpressionMode(expressionMode);
        return lexer;
    }

    /** Lexes the whole window; a tokenizer error becomes CPython's SyntaxError. */
    static CommonTokenStream tokens(TaipanLexer lexer, ParseSession s, boolean interactive) {
        SourceCharStream window = (SourceCharStream) lexer.getInputStream();
        CommonTokenStream tokens = new TrackedTokenStream(lexer, (window.end() - window.start()) / 4);
        try {
            tokens.fill();
        } catch (LexerSyntaxError e) {
            throw convert(e, s, interactive);
        }
        return tokens;
    }

    static SyntaxErrorException convert(LexerSyntaxError e, ParseSession s, boolean interactive) {
        return new SyntaxErrorException(e.kind, e.msg, s.filename, e.lineno, e.offset, e.endLineno, e.endOffset,
                s.lineText(e.lineno), interactive && e.incomplete);
    }

    static TaipanParser parser(CommonTokenStream tokens) {
        TaipanParser parser = new TaipanParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        return parser;
    }

    /** Runs rule from the stream's current position; throws Failure at the first syntax error. */
    static <T extends ParserRuleContext> T run(TaipanParser parser, Function<TaipanParser, T> rule) {
        int start = parser.getInputStream().index();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException sll) {
            parser.getInputStream().seek(start);
            parser.setContext(null);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return rule.apply(parser);
            } catch (ParseCancellationException ll) {
                RecognitionException cause = ll.getCause() instanceof RecognitionException r ? r : null;
                Token offending = cause != null && cause.getOffendingToken() != null ? cause.getOffendingToken()
                        : parser.getCurrentToken();
                throw new Failure(cause, offending);
            }
        }
    }

    /** Tries rule at a token index of an already lexed stream; null if it fails there. */
    static <T extends ParserRuleContext> T tryAt(CommonTokenStream tokens, int index,
                                                Function<TaipanParser, T> rule) {
        TaipanParser parser = parser(tokens);
        tokens.seek(index);
        try {
            return run(parser, rule);
        } catch (Failure f) {
            return null;
        }
    }
}
