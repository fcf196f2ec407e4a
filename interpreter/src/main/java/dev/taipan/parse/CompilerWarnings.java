package dev.taipan.parse;

import dev.taipan.ast.Expr;

/**
 * The SyntaxWarnings CPython's compiler gives for code that is sure to fail or mislead:
 * "'int' object is not callable; perhaps you missed a comma?" and its subscript variants,
 * and the type names those and the "is" literal warning use.
 */
final class CompilerWarnings {
    private CompilerWarnings() {
    }

    /**
     * The type of the constant CPython's AST optimizer folds e into, when `is` should not compare
     * with it (anything but None, True, False and Ellipsis); null otherwise.
     */
    static String literalType(Expr e) {
        String type = foldedType(e);
        return type == null || type.equals("NoneType") || type.equals("bool") || type.equals("ellipsis") ? null : type;
    }

    /** The type of the constant e folds into (literals, signs, simple arithmetic, tuples of those), or null. */
    private static String foldedType(Expr e) {
        switch (e) {
            case Expr.Constant c -> {
                return typeName(c);
            }
            case Expr.Tuple t -> {
                for (Expr elt : t.elts()) {
                    if (foldedType(elt) == null) {
                        return null;
                    }
                }
                return "tuple";
            }
            case Expr.UnaryOp u -> {
                String operand = foldedType(u.operand());
                return switch (u.op()) {
                    case NEG, POS -> isNumber(operand) ? operand : null;
                    case INVERT -> "int".equals(operand) ? operand : null;
                    case NOT -> operand == null ? null : "bool";
                };
            }
            case Expr.BinOp b -> {
                String left = foldedType(b.left());
                String right = foldedType(b.right());
                if (isNumber(left) && isNumber(right)) {
                    String wider = rank(left) >= rank(right) ? left : right;
                    return switch (b.op()) {
                        case ADD, SUB, MUL, MOD, FLOORDIV -> wider;
                        case DIV -> wider.equals("complex") ? "complex" : "float";
                        default -> null;
                    };
                }
                boolean sequence = "str".equals(left) || "bytes".equals(left);
                if (sequence && b.op() == dev.taipan.ast.Operator.ADD && left.equals(right)) {
                    return left;
                }
                if (sequence && b.op() == dev.taipan.ast.Operator.MUL && "int".equals(right)) {
                    return left;
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isNumber(String type) {
        return "int".equals(type) || "float".equals(type) || "complex".equals(type);
    }

    private static int rank(String type) {
        return type.equals("int") ? 0 : type.equals("float") ? 1 : 2;
    }

    /** The Python type name of a literal or display, or null when it cannot be known. */
    static String typeName(Expr e) {
        return switch (e) {
            case Expr.Constant c -> switch (c.kind()) {
                case NONE -> "NoneType";
                case TRUE, FALSE -> "bool";
                case ELLIPSIS -> "ellipsis";
                case INT -> "int";
                case FLOAT -> "float";
                case IMAGINARY -> "complex";
                case STR -> "str";
                case BYTES -> "bytes";
            };
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.DictExpr d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.SetExpr s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            case Expr.Slice s -> "slice";
            default -> null;
        };
    }

    static void checkCaller(ContextChecker checker, Expr func) {
        switch (func) {
            case Expr.Constant c -> callerWarning(checker, func);
            case Expr.Tuple t -> callerWarning(checker, func);
            case Expr.ListExpr l -> callerWarning(checker, func);
            case Expr.ListComp l -> callerWarning(checker, func);
            case Expr.DictExpr d -> callerWarning(checker, func);
            case Expr.DictComp d -> callerWarning(checker, func);
            case Expr.SetExpr s -> callerWarning(checker, func);
            case Expr.SetComp s -> callerWarning(checker, func);
            case Expr.GeneratorExp g -> callerWarning(checker, func);
            case Expr.JoinedStr j -> callerWarning(checker, func);
            default -> {
            }
        }
    }

    private static void callerWarning(ContextChecker checker, Expr func) {
        checker.warnAt("'" + typeName(func) + "' object is not callable; perhaps you missed a comma?", func);
    }

    static void checkSubscript(ContextChecker checker, Expr.Subscript sub) {
        Expr value = sub.value();
        boolean notSubscriptable = switch (value) {
            case Expr.Constant c -> c.kind() == Expr.ConstKind.NONE || c.kind() == Expr.ConstKind.ELLIPSIS
                    || c.kind() == Expr.ConstKind.INT || c.kind() == Expr.ConstKind.FLOAT
                    || c.kind() == Expr.ConstKind.IMAGINARY || c.kind() == Expr.ConstKind.TRUE
                    || c.kind() == Expr.ConstKind.FALSE;
            case Expr.SetExpr s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.Lambda l -> true;
            default -> false;
        };
        if (notSubscriptable) {
            checker.warnAt("'" + typeName(value) + "' object is not subscriptable; perhaps you missed a comma?",
                    value);
            return;
        }
        String indexType = typeName(sub.slice());
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) {
            return;
        }
        boolean sequence = switch (value) {
            case Expr.Constant c -> c.kind() == Expr.ConstKind.STR || c.kind() == Expr.ConstKind.BYTES;
            case Expr.Tuple t -> true;
            case Expr.ListExpr l -> true;
            case Expr.ListComp l -> true;
            case Expr.JoinedStr j -> true;
            default -> false;
        };
        if (sequence) {
            checker.warnAt(typeName(value) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?", value);
        }
    }
}
