package dev.taipan.eval;

import dev.taipan.runtime.PyObject;

/** Makes a bytes object for a b'...' literal through the bytes type (owned by the runtime's bytes implementation). */
final class BytesLiteral {
    private BytesLiteral() {}

    static PyObject of(byte[] data) {
        try {
            Class<?> c = Class.forName("dev.taipan.runtime.PyBytes");
            return (PyObject) c.getMethod("of", byte[].class).invoke(null, (Object) data.clone());
        } catch (ReflectiveOperationException e) {
            throw dev.taipan.runtime.Errors.notImplemented("bytes literals need the bytes type");
        }
    }
}
