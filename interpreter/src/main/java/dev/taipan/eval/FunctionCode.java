package dev.taipan.eval;

import dev.taipan.runtime.Code;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyFunction;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.ThreadState;

/** The code of a function, lambda, comprehension, class body or module, runnable by the evaluator. */
final class FunctionCode extends Code {
    StmtNode body;
    /** For lambdas and single-`return expr` bodies: evaluated directly. */
    ExprNode returnExpr;
    /** A module's docstring (cleaned), or null. */
    String doc;
    /**
     * An async generator whose body has no try or with: closing it early runs no code, so that
     * `async for` may push it (run it on the loop's own stack) and drop it at a break or an error.
     */
    boolean cleanupFree;
    /** For a body compiled on first use ({@link Compiler#deferBodies}): sets body or returnExpr. */
    Runnable deferred;

    FunctionCode(String name, String qualname, String filename, String[] sourceLines, int firstLine, int argcount, int posonly,
                 int kwonly, boolean varargs, boolean varkw, String[] varnames, int[] cellSlots, int[] freeSlots, int flags) {
        super(name, qualname, filename, sourceLines, firstLine, argcount, posonly, kwonly, varargs, varkw, varnames, cellSlots,
                freeSlots, flags);
    }

    @Override
    public PyObject execute(PyFunction fn, Frame frame) {
        if ((flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR)) != 0) {
            return new PyGenerator(this, frame, fn);
        }
        return run(frame);
    }

    @Override
    public PyObject executeAwaited(PyFunction fn, Frame frame) {
        if ((flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR)) != COROUTINE) return execute(fn, frame);
        try {
            return run(frame);
        } catch (PyException e) {
            if (!e.matches(dev.taipan.runtime.PyExc.StopIteration)) throw e;
            dev.taipan.runtime.PyBaseException re = new dev.taipan.runtime.PyBaseException(dev.taipan.runtime.PyExc.RuntimeError,
                    dev.taipan.runtime.PyStr.of("coroutine raised StopIteration"));
            re.cause = e.value;
            re.context = e.value;
            re.suppressContext = true;
            throw new PyException(re);
        }
    }

    /** Runs the body to completion on the current thread, maintaining the frame stack and traceback. */
    PyObject run(Frame frame) {
        ThreadState ts = ThreadState.current();
        if (++ts.depth > ts.interp.recursionLimit) {
            ts.depth--;
            throw Errors.recursionError();
        }
        frame.back = ts.frame;
        ts.frame = frame;
        try {
            if (Gil.pending()) Gil.service();
            return runBody(frame);
        } catch (PyException e) {
            e.pushEntry(frame);
            e.locFrame = null;
            e.pushedFrame = null;
            throw e;
        } catch (StackOverflowError so) {
            throw Errors.recursionError();
        } finally {
            ts.frame = frame.back;
            ts.depth--;
        }
    }

    /** The body alone: no frame bookkeeping (generators do their own). */
    PyObject runBody(Frame frame) {
        if (returnExpr != null) {
            frame.line = returnExpr.line;
            try {
                return returnExpr.eval(frame);
            } catch (PyException e) {
                throw e.at(frame, frame.line, -1, -1, -1);
            }
        }
        StmtNode b = body;
        if (b == null) {
            deferred.run();
            if (returnExpr != null) return runBody(frame);
            b = body;
        }
        int r = b.exec(frame);
        return r == StmtNode.RETURN ? frame.ret : PyNone.NONE;
    }
}
