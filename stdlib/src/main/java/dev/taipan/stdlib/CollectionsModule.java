package dev.taipan.stdlib;

import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyModule;

/** The _collections module: the Java parts of collections (deque and its iterators). */
public final class CollectionsModule implements NativeModule {
    @Override
    public String name() {
        return "_collections";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_collections");
        m.put("deque", PyDeque.TYPE);
        m.put("_deque_iterator", PyDeque.DequeIterator.ITER_TYPE);
        m.put("_deque_reverse_iterator", PyDeque.DequeIterator.REVERSE_TYPE);
        return m;
    }
}
