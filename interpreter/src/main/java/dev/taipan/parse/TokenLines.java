package dev.taipan.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

import dev.taipan.grammar.TaipanLexer;
import dev.taipan.grammar.TaipanParser;
import dev.taipan.grammar.TaipanParser.Or_testContext;

/**
 * Questions about the tokens around a syntax error: where its logical line starts, how deep
 * in brackets it is, which bracket is open, where the expression before it begins.
 */
final class TokenLines {
    private final CommonTokenStream tokens;

    TokenLines(CommonTokenStream tokens) {
        this.tokens = tokens;
    }

    /** The index of the innermost bracket still open before index on its logical line, or -1. */
    int innermostOpen(int index) {
        int depth = 0;
        for (int i = index - 1; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == TaipanLexer.NEWLINE || type == TaipanLexer.INDENT || type == TaipanLexer.DEDENT) {
                return -1;
            }
            int d = openClose(type);
            if (d > 0 && depth == 0) {
                return i;
            }
            depth -= d;
        }
        return -1;
    }

    /** True inside the parameter list of a def, or of a lambda not yet past its ':'. */
    boolean inParameters(int open, int index) {
        if (open >= 2 && tokens.get(open).getType() == TaipanLexer.LPAR
                && tokens.get(open - 1).getType() == TaipanLexer.NAME
                && tokens.get(open - 2).getType() == TaipanLexer.DEF) {
            return true;
        }
        int depth = 0;
        boolean lambda = false;
        for (int i = open + 1; i < index; i++) {
            int type = tokens.get(i).getType();
            if (depth == 0 && type == TaipanLexer.LAMBDA) {
                lambda = true;
            } else if (depth == 0 && type == TaipanLexer.COLON) {
                lambda = false;
            }
            depth += openClose(type);
        }
        return lambda;
    }

    /** The first token of the or_test (CPython's disjunction) that ends right before index, or -1. */
    int expressionStartBefore(int index) {
        if (index <= 0) {
            return -1;
        }
        int depth = 0;
        int from = index;
        while (from > 0) {
            Token t = tokens.get(from - 1);
            int type = t.getType();
            if (type == TaipanLexer.RPAR || type == TaipanLexer.RSQB || type == TaipanLexer.RBRACE) {
                depth++;
            } else if (type == TaipanLexer.LPAR || type == TaipanLexer.LSQB || type == TaipanLexer.LBRACE) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && isDelimiter(type)) {
                break;
            }
            from--;
        }
        for (int start = from; start < index; start++) {
            Or_testContext candidate = ParseRunner.tryAt(tokens, start, TaipanParser::or_test);
            if (candidate != null && candidate.stop.getTokenIndex() == index - 1) {
                return start;
            }
        }
        return -1;
    }

    static boolean isDelimiter(int type) {
        return switch (type) {
            case TaipanLexer.COMMA, TaipanLexer.COLON, TaipanLexer.EQUAL, TaipanLexer.COLONEQUAL, TaipanLexer.IF,
                 TaipanLexer.ELSE, TaipanLexer.FOR, TaipanLexer.LAMBDA, TaipanLexer.YIELD, TaipanLexer.RETURN,
                 TaipanLexer.SEMI, TaipanLexer.NEWLINE, TaipanLexer.INDENT, TaipanLexer.DEDENT, TaipanLexer.ARROW,
                 TaipanLexer.WHILE, TaipanLexer.ELIF, TaipanLexer.ASSERT, TaipanLexer.DEL, TaipanLexer.RAISE,
                 TaipanLexer.FROM, TaipanLexer.IMPORT, TaipanLexer.AS, TaipanLexer.WITH, TaipanLexer.PLUSEQUAL,
                 TaipanLexer.MINEQUAL, TaipanLexer.STAREQUAL, TaipanLexer.SLASHEQUAL, TaipanLexer.DOUBLESTAR,
                 TaipanLexer.AT -> true;
            default -> false;
        };
    }

    /** The index of the first token of the logical line holding index. */
    int logicalLineStart(int index) {
        int depth = 0;
        for (int i = index - 1; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (depth == 0 && (type == TaipanLexer.NEWLINE || type == TaipanLexer.INDENT
                    || type == TaipanLexer.DEDENT)) {
                return i + 1;
            }
            depth -= openClose(type);
            if (depth < 0) {
                depth = 0;
            }
        }
        return 0;
    }

    int bracketDepth(int index) {
        int depth = 0;
        for (int i = logicalLineStart(index); i < index; i++) {
            depth += openClose(tokens.get(i).getType());
        }
        return depth;
    }

    static int openClose(int type) {
        return switch (type) {
            case TaipanLexer.LPAR, TaipanLexer.LSQB, TaipanLexer.LBRACE -> 1;
            case TaipanLexer.RPAR, TaipanLexer.RSQB, TaipanLexer.RBRACE -> -1;
            default -> 0;
        };
    }

    static boolean isExpressionStart(int type) {
        return switch (type) {
            case TaipanLexer.NAME, TaipanLexer.NUMBER, TaipanLexer.STRING, TaipanLexer.FSTRING, TaipanLexer.NONE,
                 TaipanLexer.TRUE, TaipanLexer.FALSE, TaipanLexer.ELLIPSIS, TaipanLexer.LAMBDA, TaipanLexer.NOT,
                 TaipanLexer.AWAIT, TaipanLexer.TILDE, TaipanLexer.LBRACE -> true;
            default -> false;
        };
    }

    static boolean endsExpression(Token t) {
        return switch (t.getType()) {
            case TaipanLexer.NAME, TaipanLexer.NUMBER, TaipanLexer.STRING, TaipanLexer.FSTRING, TaipanLexer.RPAR,
                 TaipanLexer.RSQB, TaipanLexer.RBRACE, TaipanLexer.NONE, TaipanLexer.TRUE, TaipanLexer.FALSE,
                 TaipanLexer.ELLIPSIS -> true;
            default -> false;
        };
    }
}
