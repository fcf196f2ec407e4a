package dev.taipan.stdlib;

import dev.taipan.ast.Operator;
import dev.taipan.runtime.CompareOp;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Ids;
import dev.taipan.runtime.Ops;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyNotImplemented;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ReprGuard;
import dev.taipan.runtime.Sequences;
import dev.taipan.runtime.WeakRefs;

/** collections.deque: a double-ended queue on a circular array, with an optional maximum length. */
public final class PyDeque extends PyObject {
    public static final PyType TYPE = new PyType("deque", PyType.OBJECT, true, PyDeque::new);

    private final PyType cls;
    private final PyDict dict;
    private PyObject[] buf = new PyObject[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    int maxlen = -1;
    /** Changes on every mutation, so iterators can detect one. */
    int state;

    PyDeque(PyType cls) {
        this.cls = cls;
        this.dict = cls == TYPE ? null : new PyDict();
    }

    public PyDeque() {
        this(TYPE);
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    // ---- storage ---------------------------------------------------------------------------

    public int size() {
        return size;
    }

    /** The item at logical position i (0 <= i < size). */
    public PyObject at(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    private void set(int i, PyObject v) {
        buf[(head + i) & (buf.length - 1)] = v;
    }

    private void grow() {
        if (size < buf.length) return;
        PyObject[] nb = new PyObject[buf.length * 2];
        for (int i = 0; i < size; i++) nb[i] = at(i);
        buf = nb;
        head = 0;
    }

    public PyObject[] toArray() {
        PyObject[] a = new PyObject[size];
        for (int i = 0; i < size; i++) a[i] = at(i);
        return a;
    }

    public void append(PyObject v) {
        state++;
        if (maxlen == 0) return;
        if (size == maxlen) removeFirst();
        grow();
        set(size++, v);
    }

    public void appendLeft(PyObject v) {
        state++;
        if (maxlen == 0) return;
        if (size == maxlen) removeLast();
        grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
    }

    private PyObject removeFirst() {
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        return v;
    }

    private PyObject removeLast() {
        int ix = (head + size - 1) & (buf.length - 1);
        PyObject v = buf[ix];
        buf[ix] = null;
        size--;
        return v;
    }

    public PyObject pop() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        state++;
        return removeLast();
    }

    public PyObject popLeft() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        state++;
        return removeFirst();
    }

    public void clear() {
        state++;
        buf = new PyObject[8];
        head = 0;
        size = 0;
    }

    private void replaceWith(PyObject[] items, int n) {
        int cap = 8;
        while (cap < n) cap <<= 1;
        buf = new PyObject[cap];
        System.arraycopy(items, 0, buf, 0, n);
        head = 0;
        size = n;
        state++;
    }

    public void extend(PyObject iterable) {
        if (iterable == this) {
            for (PyObject o : toArray()) append(o);
            return;
        }
        PyObject it = iterable.iter();
        for (PyObject o = it.next(); o != null; o = it.next()) append(o);
    }

    public void extendLeft(PyObject iterable) {
        if (iterable == this) {
            for (PyObject o : toArray()) appendLeft(o);
            return;
        }
        PyObject it = iterable.iter();
        for (PyObject o = it.next(); o != null; o = it.next()) appendLeft(o);
    }

    public void rotate(long n) {
        state++;
        if (size <= 1) return;
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) return;
        PyObject[] a = toArray();
        PyObject[] r = new PyObject[size];
        for (int i = 0; i < size; i++) r[(i + k) % size] = a[i];
        replaceWith(r, size);
    }

    public void reverse() {
        PyObject[] a = toArray();
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        replaceWith(a, a.length);
    }

    public void insert(long index, PyObject v) {
        if (maxlen >= 0 && size >= maxlen) throw Errors.indexError("deque already at its maximum size");
        long i = index;
        if (i < 0) i = Math.max(0, i + size);
        if (i > size) i = size;
        PyObject[] a = toArray();
        PyObject[] r = new PyObject[size + 1];
        System.arraycopy(a, 0, r, 0, (int) i);
        r[(int) i] = v;
        System.arraycopy(a, (int) i, r, (int) i + 1, size - (int) i);
        replaceWith(r, r.length);
    }

    /** Position of the first item equal to x in [start, stop), or -1. */
    public int indexOf(PyObject x, int start, int stop, String what) {
        int st = state;
        for (int i = start; i < Math.min(stop, size); i++) {
            PyObject o = at(i);
            boolean eq = o == x || Ops.eq(o, x);
            if (st != state) throw Errors.runtimeError(what);
            if (eq) return i;
        }
        return -1;
    }

    public void removeAt(int i) {
        PyObject[] a = toArray();
        PyObject[] r = new PyObject[size - 1];
        System.arraycopy(a, 0, r, 0, i);
        System.arraycopy(a, i + 1, r, i, size - i - 1);
        replaceWith(r, r.length);
    }

    public PyDeque copyDeque() {
        PyDeque d = new PyDeque(TYPE);
        d.maxlen = maxlen;
        for (int i = 0; i < size; i++) d.append(at(i));
        return d;
    }

    /** A position from a Python index, or IndexError "deque index out of range". */
    int checkedIndex(PyObject key) {
        PyObject idx = Protocols.indexOrNull(key);
        if (idx == null) throw Errors.typeError("sequence index must be integer, not '" + key.type().name + "'");
        PyInt i = (PyInt) idx;
        long ix = i.isBig() ? Long.MAX_VALUE : i.value;
        if (ix < 0) ix += size;
        if (ix < 0 || ix >= size) throw Errors.indexError("deque index out of range");
        return (int) ix;
    }

    // ---- Python protocols (subclasses may override the dunders) -------------------------------

    private boolean builtinSlot(String name) {
        return cls == TYPE || cls.lookup(name) instanceof PyBuiltin.Method m && m.owner.builtin;
    }

    public PyObject getItemBuiltin(PyObject key) {
        return at(checkedIndex(key));
    }

    @Override
    public PyObject getItem(PyObject key) {
        return builtinSlot("__getitem__") ? getItemBuiltin(key) : Protocols.genericGetItem(this, key);
    }

    public void setItemBuiltin(PyObject key, PyObject value) {
        set(checkedIndex(key), value);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (builtinSlot("__setitem__")) setItemBuiltin(key, value);
        else Protocols.genericSetItem(this, key, value);
    }

    public void delItemBuiltin(PyObject key) {
        removeAt(checkedIndex(key));
    }

    @Override
    public void delItem(PyObject key) {
        if (builtinSlot("__delitem__")) delItemBuiltin(key);
        else Protocols.genericDelItem(this, key);
    }

    @Override
    public int len() {
        return builtinSlot("__len__") ? size : Protocols.lenOf(this, cls.lookup("__len__"));
    }

    @Override
    public boolean isTrue() {
        if (cls == TYPE) return size != 0;
        return builtinSlot("__len__") && cls.lookup("__bool__") == null ? size != 0 : super.isTrue();
    }

    @Override
    public PyObject iter() {
        return builtinSlot("__iter__") ? new DequeIterator(this, false) : Protocols.genericIter(this);
    }

    public boolean containsBuiltin(PyObject item) {
        return indexOf(item, 0, size, "deque mutated during iteration") >= 0;
    }

    @Override
    public boolean contains(PyObject item) {
        return builtinSlot("__contains__") ? containsBuiltin(item) : Protocols.genericContains(this, item);
    }

    public String reprBuiltin() {
        if (!ReprGuard.enter(this)) return "[...]";
        try {
            StringBuilder sb = new StringBuilder(cls.name).append("([");
            PyObject[] a = toArray();
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(a[i].repr());
            }
            sb.append(']');
            if (maxlen >= 0) sb.append(", maxlen=").append(maxlen);
            return sb.append(')').toString();
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public String repr() {
        return builtinSlot("__repr__") ? reprBuiltin() : super.repr();
    }

    @Override
    public long hash() {
        if (cls == TYPE) throw Errors.typeError("unhashable type: 'collections.deque'");
        return super.hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!builtinSlot(op.dunder)) return super.richCompare(other, op);
        return compareBuiltin(other, op);
    }

    public PyObject compareBuiltin(PyObject other, CompareOp op) {
        if (!(other instanceof PyDeque o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return Sequences.compare(toArray(), size, o.toArray(), o.size, op);
    }

    @Override
    public PyObject binaryOp(Operator op, PyObject other, boolean reflected) {
        if (!builtinSlot(reflected ? op.rdunder : op.dunder)) return super.binaryOp(op, other, reflected);
        return binaryBuiltin(op, other, reflected);
    }

    PyObject binaryBuiltin(Operator op, PyObject other, boolean reflected) {
        if (op == Operator.ADD && !reflected) {
            if (!(other instanceof PyDeque o)) {
                throw Errors.typeError("can only concatenate deque (not \"" + other.type().name + "\") to deque");
            }
            PyDeque d = copyDeque();
            d.extend(o);
            return d;
        }
        if (op == Operator.MUL) {
            PyObject idx = Protocols.indexOrNull(other);
            if (idx == null) return PyNotImplemented.NOT_IMPLEMENTED;
            PyDeque d = copyDeque();
            d.repeatInPlace(((PyInt) idx).asLong("cannot fit 'int' into an index-sized integer"));
            return d;
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    void repeatInPlace(long n) {
        if (n <= 0) {
            clear();
            return;
        }
        PyObject[] a = toArray();
        for (long k = 1; k < n; k++) {
            for (PyObject o : a) append(o);
            if (maxlen >= 0 && size == maxlen && k * a.length > maxlen) break;
        }
    }

    @Override
    public PyObject inplaceOp(Operator op, PyObject other) {
        if (cls != TYPE) return null;
        if (op == Operator.ADD) {
            extend(other);
            return this;
        }
        if (op == Operator.MUL) {
            PyObject idx = Protocols.indexOrNull(other);
            if (idx == null) return null;
            repeatInPlace(((PyInt) idx).asLong("cannot fit 'int' into an index-sized integer"));
            return this;
        }
        return null;
    }

    // ---- iterators -----------------------------------------------------------------------------

    /** Iterates a deque forwards or backwards, raising if the deque is mutated meanwhile. */
    public static final class DequeIterator extends PyObject {
        public static final PyType ITER_TYPE = new PyType("_deque_iterator", PyType.OBJECT, true, null).markFinal();
        public static final PyType REVERSE_TYPE = new PyType("_deque_reverse_iterator", PyType.OBJECT, true, null).markFinal();
        private final PyDeque deque;
        private final boolean reverse;
        private final int state;
        private int i;

        DequeIterator(PyDeque deque, boolean reverse) {
            this.deque = deque;
            this.reverse = reverse;
            this.state = deque.state;
        }

        @Override
        public PyType type() {
            return reverse ? REVERSE_TYPE : ITER_TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (deque.state != state) {
                i = Integer.MAX_VALUE;
                throw Errors.runtimeError("deque mutated during iteration");
            }
            if (i >= deque.size) return null;
            int k = i++;
            return deque.at(reverse ? deque.size - 1 - k : k);
        }

        @Override
        public String repr() {
            return "<collections." + type().name + " object at " + Ids.hexId(this) + ">";
        }
    }

    static {
        TYPE.module = "collections";
        WeakRefs.allow(TYPE);
        DequeIterator.ITER_TYPE.module = "collections";
        DequeIterator.REVERSE_TYPE.module = "collections";
        DequeMethods.install(TYPE);
        dev.taipan.runtime.PyGenericAlias.install(TYPE);
    }

    /** Reads deque(iterable=(), maxlen=None)'s maxlen argument. */
    static int maxlenArg(PyObject m) {
        if (m == null || m == PyNone.NONE) return -1;
        if (!(m instanceof PyInt i)) throw Errors.typeError("an integer is required");
        long v = i.asLong("Python int too large to convert to C ssize_t");
        if (v < 0) throw Errors.valueError("maxlen must be non-negative");
        if (v > Integer.MAX_VALUE) throw Errors.of(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        return (int) v;
    }
}
