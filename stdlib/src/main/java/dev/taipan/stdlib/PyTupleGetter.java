package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;

/** collections._tuplegetter: the read-only descriptor behind a namedtuple's field names (self[index]). */
public final class PyTupleGetter extends PyObject {
    public static final PyType TYPE = new PyType("_tuplegetter", PyType.OBJECT, true, null).markFinal();

    static {
        TYPE.module = "collections";
        TYPE.staticNew((cls, args, kw) -> {
            dev.taipan.runtime.ArgParser.count("_tuplegetter", args, kw, 2, 2);
            return new PyTupleGetter(dev.taipan.runtime.Protocols.index(args[0]).asInt(), args[1]);
        });
        TYPE.method("__get__", (self, args, kw) -> {
            PyObject obj = args.length > 0 ? args[0] : dev.taipan.runtime.PyNone.NONE;
            return obj == dev.taipan.runtime.PyNone.NONE ? self : self.descrGet(obj, obj.type());
        });
        TYPE.getset("__doc__", self -> ((PyTupleGetter) self).doc);
    }

    private final int index;
    private final PyObject doc;

    PyTupleGetter(int index, PyObject doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isDescriptor() {
        return true;
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType owner) {
        if (obj == null) return this;
        if (!(obj instanceof PyTuple t)) {
            throw Errors.typeError("descriptor for index '" + index + "' for tuple subclasses doesn't apply to '" + obj.type().name
                    + "' object");
        }
        if (index >= t.size()) throw Errors.indexError("tuple index out of range");
        return t.get(index);
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        throw Errors.attributeError("can't set attribute");
    }

    @Override
    public void descrDelete(PyObject obj) {
        throw Errors.attributeError("can't delete attribute");
    }

    @Override
    public String repr() {
        return "<_collections._tuplegetter object at " + dev.taipan.runtime.Ids.hexId(this) + ">";
    }
}
