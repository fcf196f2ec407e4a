package dev.taipan.eval;

import dev.taipan.ast.Operator;
import dev.taipan.ast.Span;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.Pushable;

/** Simple and compound statements other than try/with/def/class/import. */
final class Statements {
    private Statements() {}

    /** A statement list: sets the frame's line before each statement and stamps escaping errors with it. */
    static final class Block extends StmtNode {
        final StmtNode[] body;

        Block(Span at, StmtNode[] body) {
            super(at);
            this.body = body;
        }

        @Override
        int exec(Frame f) {
            try {
                for (StmtNode s : body) {
                    f.line = s.line;
                    int r = s.exec(f);
                    if (r != NORMAL) return r;
                }
            } catch (PyException e) {
                throw e.at(f, f.line, -1, -1, -1);
            }
            return NORMAL;
        }
    }

    static final class ExprStmt extends StmtNode {
        final ExprNode value;

        ExprStmt(Span at, ExprNode value) {
            super(at);
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            value.eval(f);
            return NORMAL;
        }
    }

    /** A call as a statement: a fresh coroutine it returns is dropped unawaited, which warns. */
    static final class CallStmt extends StmtNode {
        final ExprNode value;

        CallStmt(Span at, ExprNode value) {
            super(at);
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            PyObject v = value.eval(f);
            if (v instanceof PyGenerator g && g.tracker != null) NeverAwaited.dropped(v, f, line);
            return NORMAL;
        }
    }

    static final class Assign extends StmtNode {
        final TargetNode target;
        final ExprNode value;

        Assign(Span at, TargetNode target, ExprNode value) {
            super(at);
            this.target = target;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            target.assign(f, value.eval(f));
            return NORMAL;
        }
    }

    static final class MultiAssign extends StmtNode {
        final TargetNode[] targets;
        final ExprNode value;

        MultiAssign(Span at, TargetNode[] targets, ExprNode value) {
            super(at);
            this.targets = targets;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            PyObject v = value.eval(f);
            for (TargetNode t : targets) t.assign(f, v);
            return NORMAL;
        }
    }

    /** x op= v for a name target (loads and stores once). */
    static final class AugAssign extends StmtNode {
        final TargetNode target;
        final Operator op;
        final ExprNode value;

        /** The local slot of a plain local target (the common `i += 1`), or -1. */
        final int slot;
        final PyObject constValue;

        AugAssign(Span at, TargetNode target, Operator op, ExprNode value) {
            super(at);
            this.target = target;
            this.op = op;
            this.value = value;
            this.slot = target.localSlot();
            this.constValue = value.constant();
        }

        @Override
        int exec(Frame f) {
            PyObject cur = slot >= 0 && f.locals[slot] != null ? f.locals[slot] : target.eval(f);
            PyObject v = constValue != null ? constValue : value.eval(f);
            if (slot >= 0 && Operators.smallInts(cur, v) && (op == Operator.ADD || op == Operator.SUB)) {
                f.locals[slot] = Operators.Binary.apply(op, cur, v);
                return NORMAL;
            }
            PyObject r;
            try {
                if (Operators.smallInts(cur, v) && (op == Operator.ADD || op == Operator.SUB)) {
                    r = Operators.Binary.apply(op, cur, v);
                } else {
                    r = Ops.inplace(cur, op, v);
                }
            } catch (PyException e) {
                throw e.at(f, line, col, endLine, endCol);
            }
            target.assign(f, r);
            return NORMAL;
        }
    }

    /** obj.attr op= v: evaluates obj once. */
    static final class AugAttribute extends StmtNode {
        final ExprNode obj;
        final String name;
        final Operator op;
        final ExprNode value;

        final Span target;

        AugAttribute(Span at, ExprNode obj, String name, Operator op, ExprNode value, Span target) {
            super(at);
            this.target = target;
            this.obj = obj;
            this.name = name;
            this.op = op;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            PyObject o = obj.eval(f);
            PyObject cur;
            try {
                cur = o.getAttr(name);
            } catch (PyException e) {
                throw e.at(f, target.line(), target.col(), target.endLine(), target.endCol());
            }
            PyObject v = value.eval(f);
            try {
                o.setAttr(name, Ops.inplace(cur, op, v));
            } catch (PyException e) {
                throw e.at(f, line, col, endLine, endCol);
            }
            return NORMAL;
        }
    }

    /** obj[key] op= v: evaluates obj and key once. */
    static final class AugSubscript extends StmtNode {
        final ExprNode obj, key;
        final Operator op;
        final ExprNode value;

        final Span target;

        AugSubscript(Span at, ExprNode obj, ExprNode key, Operator op, ExprNode value, Span target) {
            super(at);
            this.target = target;
            this.obj = obj;
            this.key = key;
            this.op = op;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            PyObject o = obj.eval(f);
            PyObject k = key.eval(f);
            PyObject cur;
            try {
                cur = o.getItem(k);
            } catch (PyException e) {
                throw e.atAnchored(f, target.line(), target.col(), target.endLine(), target.endCol(), 2, obj.endCol, 0);
            }
            PyObject v = value.eval(f);
            try {
                o.setItem(k, Ops.inplace(cur, op, v));
            } catch (PyException e) {
                throw e.at(f, line, col, endLine, endCol);
            }
            return NORMAL;
        }
    }

    static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body, orelse;

        If(Span at, ExprNode test, StmtNode body, StmtNode orelse) {
            super(at);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            if (test.test(f)) return body.exec(f);
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    /** `if test: return value` with no else: one node instead of If, Block and Return. */
    static final class IfReturn extends StmtNode {
        final ExprNode test, value;
        final int returnLine;

        IfReturn(Span at, ExprNode test, ExprNode value, int returnLine) {
            super(at);
            this.test = test;
            this.value = value;
            this.returnLine = returnLine;
        }

        @Override
        int exec(Frame f) {
            if (!test.test(f)) return NORMAL;
            f.line = returnLine;
            f.ret = value.eval(f);
            return RETURN;
        }
    }

    /** A function body `if c1: return v1 ... return vN` as one expression node: no Block, If or Return in between. */
    static final class GuardChain extends ExprNode {
        final ExprNode[] tests, values;
        final int[] testLines, valueLines;

        GuardChain(Span at, ExprNode[] tests, int[] testLines, ExprNode[] values, int[] valueLines) {
            super(at);
            this.tests = tests;
            this.testLines = testLines;
            this.values = values;
            this.valueLines = valueLines;
        }

        @Override
        PyObject eval(Frame f) {
            ExprNode[] t = tests;
            for (int k = 0; k < t.length; k++) {
                f.line = testLines[k];
                if (t[k].test(f)) {
                    f.line = valueLines[k];
                    return values[k].eval(f);
                }
            }
            f.line = valueLines[t.length];
            return values[t.length].eval(f);
        }
    }

    static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode body, orelse;

        While(Span at, ExprNode test, StmtNode body, StmtNode orelse) {
            super(at);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            while (true) {
                f.line = line;
                if (!test.test(f)) break;
                int r = body.exec(f);
                if (r == BREAK) return NORMAL;
                if (r == RETURN) return r;
                if (Gil.pending()) Gil.service();
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    static final class For extends StmtNode {
        final TargetNode target;
        final ExprNode iter;
        final StmtNode body, orelse;

        /**
         * Whether the iterable is made by the loop itself (a call or a generator expression): a fresh
         * generator then has no other reference, so that it may be pushed ({@link #pushLoop}).
         */
        private final boolean freshIter;

        For(Span at, TargetNode target, ExprNode iter, StmtNode body, StmtNode orelse) {
            this(at, target, iter, body, orelse, makesFresh(iter));
        }

        /** A loop whose iterator comes from elsewhere (a comprehension's first loop): fresh says whether it was made fresh. */
        For(Span at, TargetNode target, ExprNode iter, StmtNode body, StmtNode orelse, boolean freshIter) {
            super(at);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.freshIter = freshIter;
        }

        /** Whether the value of e is a new object that nothing else refers to: a call's result or a generator expression. */
        static boolean makesFresh(ExprNode e) {
            return e instanceof Calls.Simple || e instanceof Calls.Method || e instanceof Calls.General
                    || e instanceof Definitions.Comprehension;
        }

        @Override
        int exec(Frame f) {
            PyObject seq = iter.eval(f);
            PyObject it;
            try {
                it = seq.iter();
            } catch (PyException e) {
                throw iter.at(e, f);
            }
            if (seq.getClass() == PyList.class && target instanceof Names.Local local) {
                return listLoop(f, (PyList) seq, local);
            }
            if ((it != seq || freshIter) && it instanceof Pushable p && p.pushable()) {
                return pushLoop(f, p);
            }
            while (true) {
                PyObject v;
                try {
                    v = it.next();
                } catch (PyException e) {
                    throw iter.at(e, f);
                }
                if (v == null) break;
                target.assign(f, v);
                int r = body.exec(f);
                if (r == BREAK) return NORMAL;
                if (r == RETURN) return r;
                if (Gil.pending()) Gil.service();
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }

        /**
         * The loop over a fresh generator, which runs to its end with this loop's body as its consumer:
         * no continuation switch per value. A break or return closes the generator, as dropping it
         * does in CPython; an exception of the body closes it and then propagates.
         */
        private int pushLoop(Frame f, Pushable p) {
            LoopSink sink = new LoopSink(target, body, f, null);
            try {
                p.push(sink);
            } catch (PyException e) {
                if (e == sink.bodyError) throw e;
                throw iter.at(e, f);
            }
            if (sink.result == BREAK) return NORMAL;
            if (sink.result == RETURN) return RETURN;
            return orelse == null ? NORMAL : orelse.exec(f);
        }

        private int listLoop(Frame f, PyList list, Names.Local local) {
            for (int i = 0; i < list.size; i++) {
                f.locals[local.slot] = list.items[i];
                int r = body.exec(f);
                if (r == BREAK) return NORMAL;
                if (r == RETURN) return r;
                if (Gil.pending()) Gil.service();
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    static final class Return extends StmtNode {
        final ExprNode value;

        Return(Span at, ExprNode value) {
            super(at);
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            f.ret = value == null ? PyNone.NONE : value.eval(f);
            return RETURN;
        }
    }

    static final class Jump extends StmtNode {
        final int kind;

        Jump(Span at, int kind) {
            super(at);
            this.kind = kind;
        }

        @Override
        int exec(Frame f) {
            return kind;
        }
    }

    static final class Delete extends StmtNode {
        final TargetNode[] targets;

        Delete(Span at, TargetNode[] targets) {
            super(at);
            this.targets = targets;
        }

        @Override
        int exec(Frame f) {
            for (TargetNode t : targets) t.delete(f);
            return NORMAL;
        }
    }

    static final class Assert extends StmtNode {
        final ExprNode test, msg;

        Assert(Span at, ExprNode test, ExprNode msg) {
            super(at);
            this.test = test;
            this.msg = msg;
        }

        @Override
        int exec(Frame f) {
            if (!test.test(f)) {
                PyObject type = f.builtins.getStr("AssertionError");
                if (type == null) type = PyExc.AssertionError;
                PyObject exc = msg == null ? type.call() : type.call(msg.eval(f));
                throw new PyException((dev.taipan.runtime.PyBaseException) exc).at(f, test.line, test.col, test.endLine, test.endCol);
            }
            return NORMAL;
        }
    }

    /** x: T = v in a module or class: stores the value and records the annotation. */
    static final class AnnAssign extends StmtNode {
        final TargetNode target;
        final ExprNode value;
        final String name;
        final ExprNode annotation;

        AnnAssign(Span at, TargetNode target, ExprNode value, String name, ExprNode annotation) {
            super(at);
            this.target = target;
            this.value = value;
            this.name = name;
            this.annotation = annotation;
        }

        @Override
        int exec(Frame f) {
            if (value != null) target.assign(f, value.eval(f));
            if (name != null && annotation != null) {
                PyObject ns = f.namespace != null ? f.namespace : f.globals;
                PyObject ann;
                try {
                    ann = ns.getItem(dev.taipan.runtime.PyStr.of("__annotations__"));
                } catch (PyException e) {
                    ann = new dev.taipan.runtime.PyDict();
                    ns.setItem(dev.taipan.runtime.PyStr.of("__annotations__"), ann);
                }
                ann.setItem(dev.taipan.runtime.PyStr.of(name), annotation.eval(f));
            }
            return NORMAL;
        }
    }

    static final class Pass extends StmtNode {
        Pass(Span at) {
            super(at);
        }

        @Override
        int exec(Frame f) {
            return NORMAL;
        }
    }
}
