package dev.taipan.eval;

import dev.taipan.ast.Operator;
import dev.taipan.ast.Span;
import dev.taipan.ast.UnaryOperator;
import dev.taipan.runtime.CompareOp;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.IntMath;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;

/** Arithmetic, comparison, boolean and conditional expression nodes, with fast paths for small ints. */
final class Operators {
    private Operators() {}

    static boolean smallInts(PyObject a, PyObject b) {
        return a instanceof PyInt x && x.small && b instanceof PyInt y && y.small;
    }

    static class Binary extends ExprNode {
        final ExprNode left, right;
        final Operator op;

        /** A local slot for the left operand, or -1; a constant right operand, or null. */
        final int leftSlot;
        final PyObject rightConst;

        Binary(Span at, ExprNode left, Operator op, ExprNode right) {
            super(at);
            this.left = left;
            this.op = op;
            this.right = right;
            this.leftSlot = left.localSlot();
            this.rightConst = right.constant();
        }

        @Override
        PyObject eval(Frame f) {
            PyObject a;
            if (leftSlot >= 0) {
                a = f.locals[leftSlot];
                if (a == null) a = left.eval(f);
            } else {
                a = left.eval(f);
            }
            PyObject b = rightConst != null ? rightConst : right.eval(f);
            try {
                return apply(op, a, b);
            } catch (PyException e) {
                throw at(e, f);
            }
        }

        @Override
        int anchorKind() {
            return left.endLine == line ? 1 : 0;
        }

        @Override
        int anchorCol() {
            return left.endCol;
        }

        @Override
        int anchorLen() {
            return op.symbol.length();
        }

        /** A binary node specialized for its operator where a dedicated fast path pays off. */
        static Binary create(Span at, ExprNode left, Operator op, ExprNode right) {
            return switch (op) {
                case ADD -> new Add(at, left, right);
                case SUB -> new Sub(at, left, right);
                case MUL -> new Mul(at, left, right);
                case MOD -> new Mod(at, left, right);
                default -> new Binary(at, left, op, right);
            };
        }

        final PyObject leftValue(Frame f) {
            if (leftSlot >= 0) {
                PyObject a = f.locals[leftSlot];
                if (a != null) return a;
            }
            return left.eval(f);
        }

        final PyObject rightValue(Frame f) {
            return rightConst != null ? rightConst : right.eval(f);
        }

        final PyObject slow(Frame f, PyObject a, PyObject b) {
            try {
                return apply(op, a, b);
            } catch (PyException e) {
                throw at(e, f);
            }
        }

        static PyObject apply(Operator op, PyObject a, PyObject b) {
            if (smallInts(a, b)) {
                long x = ((PyInt) a).value, y = ((PyInt) b).value;
                switch (op) {
                    case ADD: {
                        long r = x + y;
                        if (((x ^ r) & (y ^ r)) >= 0) return PyInt.of(r);
                        break;
                    }
                    case SUB: {
                        long r = x - y;
                        if (((x ^ y) & (x ^ r)) >= 0) return PyInt.of(r);
                        break;
                    }
                    case MUL: {
                        long hi = Math.multiplyHigh(x, y), lo = x * y;
                        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
                        break;
                    }
                    case MOD:
                        if (y > 0) return PyInt.of(Math.floorMod(x, y));
                        break;
                    case FLOORDIV:
                        if (y > 0) return PyInt.of(Math.floorDiv(x, y));
                        break;
                    case BITAND:
                        return PyInt.of(x & y);
                    case BITOR:
                        return PyInt.of(x | y);
                    case BITXOR:
                        return PyInt.of(x ^ y);
                    default:
                        break;
                }
                return IntMath.binary(op, (PyInt) a, (PyInt) b);
            }
            if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
                switch (op) {
                    case ADD:
                        return new PyFloat(x + y);
                    case SUB:
                        return new PyFloat(x - y);
                    case MUL:
                        return new PyFloat(x * y);
                    default:
                        break;
                }
            }
            if (op == Operator.ADD && a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
                return PyStr.of(((PyStr) a).value.concat(((PyStr) b).value));
            }
            return Ops.binary(a, op, b);
        }
    }

    static final class Add extends Binary {
        Add(Span at, ExprNode left, ExprNode right) {
            super(at, left, Operator.ADD, right);
        }

        @Override
        PyObject eval(Frame f) {
            PyObject a = leftValue(f);
            PyObject b = rightValue(f);
            if (smallInts(a, b)) {
                long x = ((PyInt) a).value, y = ((PyInt) b).value, r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) return PyInt.of(r);
            }
            return slow(f, a, b);
        }
    }

    static final class Sub extends Binary {
        Sub(Span at, ExprNode left, ExprNode right) {
            super(at, left, Operator.SUB, right);
        }

        @Override
        PyObject eval(Frame f) {
            PyObject a = leftValue(f);
            PyObject b = rightValue(f);
            if (smallInts(a, b)) {
                long x = ((PyInt) a).value, y = ((PyInt) b).value, r = x - y;
                if (((x ^ y) & (x ^ r)) >= 0) return PyInt.of(r);
            }
            return slow(f, a, b);
        }
    }

    static final class Mul extends Binary {
        Mul(Span at, ExprNode left, ExprNode right) {
            super(at, left, Operator.MUL, right);
        }

        @Override
        PyObject eval(Frame f) {
            PyObject a = leftValue(f);
            PyObject b = rightValue(f);
            if (smallInts(a, b)) {
                long x = ((PyInt) a).value, y = ((PyInt) b).value;
                long hi = Math.multiplyHigh(x, y), lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
            }
            return slow(f, a, b);
        }
    }

    static final class Mod extends Binary {
        Mod(Span at, ExprNode left, ExprNode right) {
            super(at, left, Operator.MOD, right);
        }

        @Override
        PyObject eval(Frame f) {
            PyObject a = leftValue(f);
            PyObject b = rightValue(f);
            if (smallInts(a, b)) {
                long y = ((PyInt) b).value;
                if (y > 0) return PyInt.of(Math.floorMod(((PyInt) a).value, y));
            }
            return slow(f, a, b);
        }
    }

    static final class Unary extends ExprNode {
        final ExprNode operand;
        final UnaryOperator op;

        @Override
        boolean test(Frame f) {
            if (op == UnaryOperator.NOT) {
                try {
                    return !operand.test(f);
                } catch (PyException e) {
                    throw at(e, f);
                }
            }
            return super.test(f);
        }

        Unary(Span at, UnaryOperator op, ExprNode operand) {
            super(at);
            this.op = op;
            this.operand = operand;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = operand.eval(f);
            if (op == UnaryOperator.NOT) {
                try {
                    return PyBool.of(!Ops.isTrue(v));
                } catch (PyException e) {
                    throw at(e, f);
                }
            }
            try {
                return Ops.unary(op, v);
            } catch (PyException e) {
                throw at(e, f);
            }
        }
    }

    static final class BoolOp extends ExprNode {
        @Override
        boolean test(Frame f) {
            for (int i = 0; i < values.length; i++) {
                boolean t = values[i].test(f);
                if (isAnd ? !t : t) return t;
            }
            return isAnd;
        }

        final ExprNode[] values;
        final boolean isAnd;

        BoolOp(Span at, boolean isAnd, ExprNode[] values) {
            super(at);
            this.isAnd = isAnd;
            this.values = values;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = null;
            for (int i = 0; i < values.length; i++) {
                v = values[i].eval(f);
                if (i == values.length - 1) break;
                boolean t = Ops.isTrue(v);
                if (isAnd ? !t : t) return v;
            }
            return v;
        }
    }

    static final class IfExp extends ExprNode {
        final ExprNode test, body, orelse;

        IfExp(Span at, ExprNode test, ExprNode body, ExprNode orelse) {
            super(at);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        PyObject eval(Frame f) {
            return test.test(f) ? body.eval(f) : orelse.eval(f);
        }
    }

    static final class NamedExpr extends ExprNode {
        final TargetNode target;
        final ExprNode value;

        NamedExpr(Span at, TargetNode target, ExprNode value) {
            super(at);
            this.target = target;
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            target.assign(f, v);
            return v;
        }
    }

    /** One comparison a OP b (the common unchained case). */
    static final class Compare extends ExprNode {
        final ExprNode left, right;
        final dev.taipan.ast.CompareOperator op;

        final int leftSlot;
        final PyObject rightConst;

        Compare(Span at, ExprNode left, dev.taipan.ast.CompareOperator op, ExprNode right) {
            super(at);
            this.left = left;
            this.op = op;
            this.right = right;
            this.leftSlot = left.localSlot();
            this.rightConst = right.constant();
        }

        private PyObject leftValue(Frame f) {
            if (leftSlot >= 0) {
                PyObject a = f.locals[leftSlot];
                if (a != null) return a;
            }
            return left.eval(f);
        }

        @Override
        PyObject eval(Frame f) {
            PyObject a = leftValue(f);
            PyObject b = rightConst != null ? rightConst : right.eval(f);
            try {
                return compare(op, a, b);
            } catch (PyException e) {
                throw at(e, f);
            }
        }

        @Override
        boolean test(Frame f) {
            PyObject a = leftValue(f);
            PyObject b = rightConst != null ? rightConst : right.eval(f);
            if (smallInts(a, b)) {
                long x = ((PyInt) a).value, y = ((PyInt) b).value;
                switch (op) {
                    case LT:
                        return x < y;
                    case LE:
                        return x <= y;
                    case GT:
                        return x > y;
                    case GE:
                        return x >= y;
                    case EQ:
                        return x == y;
                    case NE:
                        return x != y;
                    default:
                        break;
                }
            }
            try {
                PyObject r = compare(op, a, b);
                return r == PyBool.TRUE || (r != PyBool.FALSE && Ops.isTrue(r));
            } catch (PyException e) {
                throw at(e, f);
            }
        }

        static PyObject compare(dev.taipan.ast.CompareOperator op, PyObject a, PyObject b) {
            if (smallInts(a, b)) {
                long x = ((PyInt) a).value, y = ((PyInt) b).value;
                switch (op) {
                    case LT:
                        return PyBool.of(x < y);
                    case LE:
                        return PyBool.of(x <= y);
                    case GT:
                        return PyBool.of(x > y);
                    case GE:
                        return PyBool.of(x >= y);
                    case EQ:
                        return PyBool.of(x == y);
                    case NE:
                        return PyBool.of(x != y);
                    default:
                        break;
                }
            }
            return switch (op) {
                case LT -> Ops.compare(a, b, CompareOp.LT);
                case LE -> Ops.compare(a, b, CompareOp.LE);
                case GT -> Ops.compare(a, b, CompareOp.GT);
                case GE -> Ops.compare(a, b, CompareOp.GE);
                case EQ -> Ops.compare(a, b, CompareOp.EQ);
                case NE -> Ops.compare(a, b, CompareOp.NE);
                case IS -> PyBool.of(Ops.is(a, b));
                case IS_NOT -> PyBool.of(!Ops.is(a, b));
                case IN -> PyBool.of(b.contains(a));
                case NOT_IN -> PyBool.of(!b.contains(a));
            };
        }
    }

    /** a < b < c: each operand evaluated once, stopping at the first false link. */
    static final class ChainedCompare extends ExprNode {
        final ExprNode[] operands;
        final dev.taipan.ast.CompareOperator[] ops;

        ChainedCompare(Span at, ExprNode[] operands, dev.taipan.ast.CompareOperator[] ops) {
            super(at);
            this.operands = operands;
            this.ops = ops;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject a = operands[0].eval(f);
            PyObject r = PyBool.TRUE;
            for (int i = 0; i < ops.length; i++) {
                PyObject b = operands[i + 1].eval(f);
                try {
                    r = Compare.compare(ops[i], a, b);
                } catch (PyException e) {
                    throw at(e, f);
                }
                if (i < ops.length - 1 && !Ops.isTrue(r)) return r;
                a = b;
            }
            return r;
        }
    }
}
