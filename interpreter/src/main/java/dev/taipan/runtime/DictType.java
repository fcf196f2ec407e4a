package dev.taipan.runtime;

/** The dict type object, its iterators and its views; the methods are installed by DictMethods. */
public final class DictType {
    private DictType() {}

    public static final PyType TYPE = new PyType("dict", PyType.OBJECT, true, DictType::allocate);

    private static PyObject allocate(PyType cls) {
        return cls == TYPE ? new PyDict() : new PyDictSub(cls);
    }

    public enum IterKind { KEYS, VALUES, ITEMS }

    /** Iterates a dict's keys, values or items, raising if the dict changes size meanwhile. */
    public static final class DictIterator extends PyObject implements LengthHint {
        @Override
        public long remaining() {
            long left = 0;
            for (int k = pos; k < dict.limit(); k++) if (dict.keyAt(k) != null) left++;
            return dict.size() != size ? 0 : left;
        }

        public static final PyType KEY_TYPE = new PyType("dict_keyiterator", PyType.OBJECT, true, null).markFinal();
        public static final PyType VALUE_TYPE = new PyType("dict_valueiterator", PyType.OBJECT, true, null).markFinal();
        public static final PyType ITEM_TYPE = new PyType("dict_itemiterator", PyType.OBJECT, true, null).markFinal();
        private final PyDict dict;
        private final IterKind kind;
        private final int size;
        private int pos;

        public DictIterator(PyDict dict, IterKind kind) {
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
        }

        @Override
        public PyType type() {
            return switch (kind) {
                case KEYS -> KEY_TYPE;
                case VALUES -> VALUE_TYPE;
                case ITEMS -> ITEM_TYPE;
            };
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (dict.size() != size) {
                pos = Integer.MAX_VALUE / 2;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            int limit = dict.limit();
            while (pos < limit) {
                int i = pos++;
                PyObject k = dict.keyAt(i);
                if (k != null) {
                    return switch (kind) {
                        case KEYS -> k;
                        case VALUES -> dict.valueAtPos(i);
                        case ITEMS -> PyTuple.of(k, dict.valueAtPos(i));
                    };
                }
            }
            return null;
        }
    }
}
