package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.Ids;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.WeakRefs;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** _thread.lock and _thread.RLock: locks whose waits release the interpreter lock and yield to signals. */
final class ThreadLocks {
    private ThreadLocks() {}

    /** _thread.TIMEOUT_MAX, as CPython on Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;

    static final PyType LOCK = new PyType("lock", PyType.OBJECT, true, cls -> new LockObject()).markFinal();
    static final PyType RLOCK = new PyType("RLock", PyType.OBJECT, true, RLockObject::new);

    static {
        LOCK.module = "_thread";
        WeakRefs.allow(LOCK, RLOCK);
        LOCK.method("acquire", (self, a, k) -> PyBool.of(((LockObject) self).acquire(a, k, "acquire")));
        LOCK.method("acquire_lock", (self, a, k) -> PyBool.of(((LockObject) self).acquire(a, k, "acquire_lock")));
        LOCK.method("__enter__", (self, a, k) -> PyBool.of(((LockObject) self).acquire(a, k, "__enter__")));
        LOCK.method("release", (self, a, k) -> ((LockObject) self).release());
        LOCK.method("release_lock", (self, a, k) -> ((LockObject) self).release());
        LOCK.method("__exit__", (self, a, k) -> ((LockObject) self).release());
        LOCK.method("locked", (self, a, k) -> PyBool.of(((LockObject) self).locked()));
        LOCK.method("locked_lock", (self, a, k) -> PyBool.of(((LockObject) self).locked()));
        LOCK.method("_at_fork_reinit", (self, a, k) -> {
            ((LockObject) self).sem = new Semaphore(1);
            return PyNone.NONE;
        });
        LOCK.method("__repr__", (self, a, k) -> PyStr.of("<" + (((LockObject) self).locked() ? "locked" : "unlocked")
                + " _thread.lock object at " + Ids.hexId(self) + ">"));

        RLOCK.module = "_thread";
        RLOCK.method("acquire", (self, a, k) -> PyBool.of(((RLockObject) self).acquire(a, k, "acquire")));
        RLOCK.method("__enter__", (self, a, k) -> PyBool.of(((RLockObject) self).acquire(a, k, "__enter__")));
        RLOCK.method("release", (self, a, k) -> ((RLockObject) self).release());
        RLOCK.method("__exit__", (self, a, k) -> ((RLockObject) self).release());
        RLOCK.method("locked", (self, a, k) -> PyBool.of(((RLockObject) self).count > 0));
        RLOCK.method("_is_owned", (self, a, k) -> PyBool.of(((RLockObject) self).isOwned()));
        RLOCK.method("_recursion_count", (self, a, k) -> {
            RLockObject r = (RLockObject) self;
            return PyInt.of(r.isOwned() ? r.count : 0);
        });
        RLOCK.method("_release_save", (self, a, k) -> ((RLockObject) self).releaseSave());
        RLOCK.method("_acquire_restore", (self, a, k) -> ((RLockObject) self).acquireRestore(a[0]));
        RLOCK.method("_at_fork_reinit", (self, a, k) -> {
            RLockObject r = (RLockObject) self;
            r.sem = new Semaphore(1);
            r.owner = 0;
            r.count = 0;
            return PyNone.NONE;
        });
        RLOCK.method("__repr__", (self, a, k) -> {
            RLockObject r = (RLockObject) self;
            String cls = self.type() == RLOCK ? "_thread.RLock" : self.type().qualname;
            return PyStr.of("<" + (r.count > 0 ? "locked" : "unlocked") + " " + cls + " object owner=" + r.owner + " count="
                    + r.count + " at " + Ids.hexId(self) + ">");
        });
    }

    /** Parses acquire(blocking=True, timeout=-1) and waits: true once the semaphore is taken. */
    static boolean take(Semaphore sem, PyObject[] a, String[] k, String fname) {
        PyObject[] p = ArgParser.parse(fname, a, k, new String[] {"blocking", "timeout"}, 0, 2, 0);
        boolean blocking = p[0] == null || p[0].isTrue();
        double timeout = -1;
        if (p[1] != null) {
            timeout = p[1] instanceof PyFloat f ? f.value : NumberArgs.index(p[1]).toDouble();
            // CPython converts to nanoseconds first: NaN and what overflows that fail before the other checks
            if (Double.isNaN(timeout)) throw Errors.valueError("Invalid value NaN (not a number)");
            if (Math.abs(timeout) * 1e9 >= 0x1p63) throw Errors.of(PyExc.OverflowError, "timestamp out of range for platform time_t");
            if (!blocking && timeout != -1) throw Errors.valueError("can't specify a timeout for a non-blocking call");
            if (timeout < 0 && timeout != -1) throw Errors.valueError("timeout value must be a non-negative number");
            if (timeout > TIMEOUT_MAX) throw Errors.of(PyExc.OverflowError, "timeout value is too large");
        }
        if (sem.tryAcquire()) return true;
        if (!blocking) return false;
        if (timeout < 0) {
            return Gil.interruptible(() -> {
                sem.acquire();
                return true;
            });
        }
        long deadline = System.nanoTime() + (long) (timeout * 1e9);
        return Gil.interruptible(() -> sem.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    }

    /** A plain lock: any thread may release it. */
    static final class LockObject extends PyObject {
        Semaphore sem = new Semaphore(1);

        @Override
        public PyType type() {
            return LOCK;
        }

        boolean acquire(PyObject[] a, String[] k, String fname) {
            return take(sem, a, k, fname);
        }

        boolean locked() {
            return sem.availablePermits() == 0;
        }

        PyObject release() {
            if (sem.availablePermits() > 0) throw Errors.runtimeError("release unlocked lock");
            sem.release();
            return PyNone.NONE;
        }
    }

    /** A reentrant lock: the owning thread may take it again; only the owner releases it. */
    static final class RLockObject extends PyObject {
        private final PyType cls;
        Semaphore sem = new Semaphore(1);
        long owner;
        long count;

        RLockObject(PyType cls) {
            this.cls = cls;
        }

        @Override
        public PyType type() {
            return cls;
        }

        boolean isOwned() {
            return count > 0 && owner == ThreadState.current().ident;
        }

        boolean acquire(PyObject[] a, String[] k, String fname) {
            long me = ThreadState.current().ident;
            if (count > 0 && owner == me) {
                ArgParser.parse(fname, a, k, new String[] {"blocking", "timeout"}, 0, 2, 0);
                count++;
                return true;
            }
            if (!take(sem, a, k, fname)) return false;
            owner = me;
            count = 1;
            return true;
        }

        PyObject release() {
            if (!isOwned()) throw Errors.runtimeError("cannot release un-acquired lock");
            if (--count == 0) {
                owner = 0;
                sem.release();
            }
            return PyNone.NONE;
        }

        PyObject releaseSave() {
            if (count == 0) throw Errors.runtimeError("cannot release un-acquired lock");
            PyTuple state = PyTuple.of(PyInt.of(count), PyInt.of(owner));
            count = 0;
            owner = 0;
            sem.release();
            return state;
        }

        PyObject acquireRestore(PyObject state) {
            if (!(state instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyInt) || !(t.get(1) instanceof PyInt)) {
                throw Errors.typeError("_acquire_restore() argument 1 must be a tuple of two ints, not " + state.type().name);
            }
            take(sem, new PyObject[0], null, "_acquire_restore");
            count = ((PyInt) t.get(0)).value;
            owner = ((PyInt) t.get(1)).value;
            return PyNone.NONE;
        }
    }
}
