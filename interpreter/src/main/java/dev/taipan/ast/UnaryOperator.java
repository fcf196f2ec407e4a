package dev.taipan.ast;

/** The unary operators: not, -, +, ~. */
public enum UnaryOperator {
    NOT("not "), NEG("-"), POS("+"), INVERT("~");

    public final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }
}
