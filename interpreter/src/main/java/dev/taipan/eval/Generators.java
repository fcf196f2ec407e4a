package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;

/** yield, yield from, and the accumulator statements of comprehensions. */
final class Generators {
    private Generators() {}

    static final class Yield extends ExprNode {
        final ExprNode value;

        Yield(Span at, ExprNode value) {
            super(at);
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject v = value == null ? PyNone.NONE : value.eval(f);
            return ((PyGenerator) f.generator).yieldValue(v);
        }
    }

    /** `yield value` as a statement (its result unused): one node, so fewer Java frames to freeze per yield. */
    static final class YieldStmt extends StmtNode {
        final ExprNode value;

        YieldStmt(Span at, ExprNode value) {
            super(at);
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            ((PyGenerator) f.generator).yieldValue(value == null ? PyNone.NONE : value.eval(f));
            return NORMAL;
        }
    }

    static final class YieldFrom extends ExprNode {
        final ExprNode value;

        YieldFrom(Span at, ExprNode value) {
            super(at);
            this.value = value;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject src = value.eval(f);
            PyGenerator me = (PyGenerator) f.generator;
            PyObject it;
            try {
                it = src.iter();
            } catch (PyException e) {
                throw at(e, f);
            }
            f.awaiting = it;
            try {
                return delegate(f, me, it);
            } finally {
                f.awaiting = null;
            }
        }

        /** Runs `yield from it`: each value it yields is yielded by this generator, each resumption passed on. */
        private PyObject delegate(Frame f, PyGenerator me, PyObject it) {
            if (it instanceof PyGenerator g && !g.started() && !g.finished && g.type() == PyGenerator.GENERATOR_TYPE) {
                return inline(f, me, g);
            }
            try {
                return Awaits.delegate(it, me::yieldValue);
            } catch (PyException e) {
                if (e.matches(PyExc.GeneratorExit)) throw e;
                throw at(e, f);
            }
        }

        /** Runs an unstarted generator's body on the delegating continuation (DESIGN.md §4). */
        private PyObject inline(Frame f, PyGenerator me, PyGenerator g) {
            g.delegated = true;
            g.owner = me.owner;
            dev.taipan.runtime.ThreadState ts = dev.taipan.runtime.ThreadState.current();
            Frame saved = ts.frame;
            g.frame.back = f;
            ts.frame = g.frame;
            try {
                return g.code.runBody(g.frame);
            } catch (PyException e) {
                e.pushEntry(g.frame);
                e.locFrame = null;
                e.pushedFrame = null;
                if (e.matches(PyExc.StopIteration)) {
                    PyBaseException re = new PyBaseException(PyExc.RuntimeError, dev.taipan.runtime.PyStr.of("generator raised StopIteration"));
                    re.cause = e.value;
                    re.context = e.value;
                    re.suppressContext = true;
                    throw at(new PyException(re), f);
                }
                throw at(e, f);
            } finally {
                ts.frame = saved;
                g.delegated = false;
                g.finished = true;
            }
        }
    }

    /** acc.append(elt) for list comprehensions (acc in a local slot). */
    static final class ListAppend extends StmtNode {
        final int slot;
        final ExprNode elt;

        ListAppend(Span at, int slot, ExprNode elt) {
            super(at);
            this.slot = slot;
            this.elt = elt;
        }

        @Override
        int exec(Frame f) {
            ((PyList) f.locals[slot]).append(elt.eval(f));
            return NORMAL;
        }
    }

    /** acc.add(elt) / acc[k] = v for set and dict comprehensions. */
    static final class CollectionAdd extends StmtNode {
        final int slot;
        final ExprNode key, value;

        CollectionAdd(Span at, int slot, ExprNode key, ExprNode value) {
            super(at);
            this.slot = slot;
            this.key = key;
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            PyObject acc = f.locals[slot];
            PyObject k = key.eval(f);
            if (value == null) {
                try {
                    ((dev.taipan.runtime.PySet) acc).add(k);
                } catch (PyException e) {
                    throw e.at(f, key.line, key.col, key.endLine, key.endCol);
                }
            } else {
                PyObject v = value.eval(f);
                acc.setItem(k, v);
            }
            return NORMAL;
        }
    }
}
