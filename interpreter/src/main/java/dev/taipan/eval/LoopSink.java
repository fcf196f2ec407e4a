package dev.taipan.eval;

import dev.taipan.runtime.Frame;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.Pushable;

/**
 * A for or async for loop's body as the consumer of a pushed generator: each value is assigned to
 * the target and the body runs; a break or return stops the generator (which is then closed).
 */
final class LoopSink implements Pushable.Sink {
    private final TargetNode target;
    private final StmtNode body;
    private final Frame f;
    /** For async for: what the frame awaits between values (the async generator); null for for. */
    private final Object awaited;
    /** NORMAL, or the BREAK or RETURN that stopped the loop. */
    int result = StmtNode.NORMAL;
    /** The exception the body raised, told apart from the generator's own. */
    PyException bodyError;

    LoopSink(TargetNode target, StmtNode body, Frame f, Object awaited) {
        this.target = target;
        this.body = body;
        this.f = f;
        this.awaited = awaited;
    }

    @Override
    public boolean accept(PyObject v) {
        if (awaited != null) f.awaiting = null;
        try {
            target.assign(f, v);
            int r = body.exec(f);
            if (r == StmtNode.BREAK || r == StmtNode.RETURN) {
                result = r;
                return false;
            }
            if (Gil.pending()) Gil.service();
            return true;
        } catch (PyException e) {
            bodyError = e;
            throw e;
        } finally {
            if (awaited != null) f.awaiting = awaited;
        }
    }
}
