package dev.taipan.ast;

/** The binary arithmetic and bitwise operators, each with its Python symbol and dunder names. */
public enum Operator {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), DIV("/", "truediv"),
    FLOORDIV("//", "floordiv"), MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"), BITOR("|", "or"), BITXOR("^", "xor"), BITAND("&", "and");

    public final String symbol;
    /** e.g. "__add__" */
    public final String dunder;
    /** e.g. "__radd__" */
    public final String rdunder;
    /** e.g. "__iadd__" */
    public final String idunder;

    Operator(String symbol, String stem) {
        this.symbol = symbol;
        this.dunder = "__" + stem + "__";
        this.rdunder = "__r" + stem + "__";
        this.idunder = "__i" + stem + "__";
    }
}
