package dev.taipan.runtime;

/** Installs the methods of every built-in type once per JVM, and fills a new interpreter's builtins. */
public final class Bootstrap {
    private Bootstrap() {}

    private static boolean typesReady;

    /** Idempotent and thread-safe: built-in types are shared by every interpreter in the JVM. */
    public static synchronized void installTypes() {
        if (typesReady) return;
        ObjectMethods.install();
        NumberMethods.install();
        StrMethods.install();
        BytesMethods.install();
        ListMethods.install();
        DictMethods.install();
        SetMethods.install();
        PyGenericAlias.install(PyList.TYPE, PyDict.TYPE, PyTuple.TYPE, PySet.SET_TYPE, PySet.FROZENSET_TYPE, PyType.TYPE);
        PyUnionType.install();
        LengthHint.install(PyList.ListIterator.TYPE, SeqIterator.TYPE, PyRange.RangeIterator.TYPE, DictType.DictIterator.KEY_TYPE,
                DictType.DictIterator.VALUE_TYPE, DictType.DictIterator.ITEM_TYPE, PyStr.StrIterator.TYPE, PyStr.StrIterator.UNICODE_TYPE);
        typesReady = true;
    }

    public static void installBuiltins(InterpState interp) {
        installTypes();
        BuiltinFunctions.install(interp, interp.builtins);
    }
}
