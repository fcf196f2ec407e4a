package dev.taipan.aio;

import dev.taipan.eval.Awaits;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.Ids;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.ThreadState;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What `taipan -m asyncio ps/pstree PID` reads from another process: every pending task of every
 * interpreter in this JVM, with its thread, id, name, coroutine stack and the tasks awaiting it,
 * as lines of text (the same data CPython's _remote_debugging gives). Each interpreter is read
 * while holding its interpreter lock, so no task moves meanwhile.
 *
 * <p>The text: a line {@code T tid} starts a thread; {@code K id name} a task of it; each {@code C
 * file line function} after a task is a frame of its coroutine stack, innermost first; {@code A
 * id} is a task awaiting it, followed by that task's own {@code C} frames. Fields are separated by
 * tabs, in which tabs, newlines and backslashes are escaped.
 */
public final class TaskSnapshot {
    private TaskSnapshot() {}

    /** The interpreters that have used asyncio (AioState.of registers them). */
    private static final List<WeakReference<AioState>> STATES = new ArrayList<>();

    static synchronized void register(AioState s) {
        STATES.removeIf(r -> r.refersTo(null));
        STATES.add(new WeakReference<>(s));
    }

    private static synchronized List<AioState> states() {
        List<AioState> out = new ArrayList<>();
        for (WeakReference<AioState> r : STATES) {
            AioState s = r.get();
            if (s != null) out.add(s);
        }
        return out;
    }

    /** The snapshot of every interpreter of this JVM, each read under its lock. */
    public static String take() {
        StringBuilder sb = new StringBuilder();
        for (AioState s : states()) {
            InterpState interp = s.interp;
            ThreadState ts = new ThreadState(interp);
            ThreadState.attach(ts);
            Gil.acquire(ts);
            try {
                describe(s, sb);
            } finally {
                Gil.release(ts);
            }
        }
        return sb.toString();
    }

    private static void describe(AioState s, StringBuilder sb) {
        // one entry per thread: the loops it runs (or made) and their pending tasks, as CPython groups them
        java.util.LinkedHashMap<Long, List<PyTask>> byThread = new java.util.LinkedHashMap<>();
        for (EventLoop loop : s.liveLoops()) {
            if (loop.closed) continue;
            Thread t = loop.thread != null ? loop.thread : loop.ref != null ? loop.ref.creator : null;
            long tid = t == null ? 0 : t.threadId();
            LinkedHashSet<PyTask> tasks = new LinkedHashSet<>(loop.tasks.snapshot());
            tasks.addAll(loop.eagerTasks);
            if (loop.currentTask instanceof PyTask c) tasks.add(c);
            List<PyTask> list = byThread.computeIfAbsent(tid, k -> new ArrayList<>());
            for (PyTask task : tasks) if (!task.isDone()) list.add(task);
        }
        for (var e : byThread.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            sb.append("T\t").append(e.getKey()).append('\n');
            for (PyTask task : e.getValue()) {
                sb.append("K\t").append(Ids.id(task)).append('\t').append(escape(task.name().str())).append('\n');
                stack(task, sb);
                for (PyFuture waiter : task.awaitedBy()) {
                    if (!(waiter instanceof PyTask w)) continue;
                    sb.append("A\t").append(Ids.id(w)).append('\n');
                    stack(w, sb);
                }
            }
        }
    }

    /** A task's coroutine stack as C lines, innermost frame first; a native sleep shows as a frame named sleep. */
    private static void stack(PyTask task, StringBuilder sb) {
        if (task.coro == null) return;
        List<Object> chain = Awaits.awaitChain(task.coro);
        if (chain.isEmpty() && task.coro instanceof Sleep) chain = List.of(task.coro);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Object o = chain.get(i);
            if (o instanceof Frame f) {
                sb.append("C\t").append(escape(f.code.filename)).append('\t').append(f.line > 0 ? f.line : f.code.firstLine)
                        .append('\t').append(escape(f.code.qualname)).append('\n');
            } else if (o instanceof Sleep) {
                sb.append("C\t\t0\tsleep\n");
            }
        }
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    /** The inverse of escape. */
    public static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
