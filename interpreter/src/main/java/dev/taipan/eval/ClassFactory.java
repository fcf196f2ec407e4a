package dev.taipan.eval;

import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;

/** Creates the class object of a class statement: type.__new__ semantics, __set_name__ and __init_subclass__. */
final class ClassFactory {
    private ClassFactory() {}

    static PyObject create(Frame f, String name, String qualname, PyType[] bases, PyDict ns, PyDict kw) {
        PyObject meta = kw.getStr("metaclass");
        if (meta != null) {
            kw.delStr("metaclass");
            if (meta != PyType.TYPE) {
                throw dev.taipan.runtime.Errors.typeError("metaclasses other than type are not supported by Taipan");
            }
        }
        PyObject[] b = new PyObject[bases.length];
        System.arraycopy(bases, 0, b, 0, bases.length);
        PyObject[] args = new PyObject[3 + kw.size()];
        args[0] = PyStr.of(name);
        args[1] = PyTuple.wrap(b);
        args[2] = ns;
        String[] names = kw.size() == 0 ? null : new String[kw.size()];
        int j = 0;
        for (int i = 0; i < kw.limit(); i++) {
            if (kw.keyAt(i) == null) continue;
            names[j] = ((PyStr) kw.keyAt(i)).value;
            args[3 + j] = kw.valueAtPos(i);
            j++;
        }
        return PyType.TYPE.call(args, names);
    }
}
