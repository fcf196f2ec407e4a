package dev.taipan.runtime;

/**
 * The calls that the adapters over a Python stream object (RawStream.ofObject and
 * ByteStream.ofObject) share: position queries, closing and the capability and name queries,
 * each a method call on the object.
 */
abstract class StreamObject {
    /** The Python stream object. */
    final PyObject o;

    StreamObject(PyObject o) {
        this.o = o;
    }

    /** o.method(args) as a stream position ("method() returned an invalid position" if too large). */
    final long position(String method, PyObject... args) {
        return Protocols.index(Call.invoke(o, method, args)).asLong(method + "() returned an invalid position");
    }

    public long tell() {
        return position("tell");
    }

    public long seek(long pos, int whence) {
        return position("seek", PyInt.of(pos), PyInt.of(whence));
    }

    public void flush() {
        Call.invoke(o, "flush");
    }

    public boolean isClosed() {
        return o.getAttr("closed").isTrue();
    }

    public void close() {
        Call.invoke(o, "close");
    }

    public boolean readable() {
        return Call.invoke(o, "readable").isTrue();
    }

    public boolean writable() {
        return Call.invoke(o, "writable").isTrue();
    }

    public boolean seekable() {
        return Call.invoke(o, "seekable").isTrue();
    }

    public int fileno() {
        return Protocols.index(Call.invoke(o, "fileno")).asInt();
    }

    public boolean isatty() {
        return Call.invoke(o, "isatty").isTrue();
    }

    public PyObject name() {
        return o.getAttr("name");
    }

    public PyObject object() {
        return o;
    }
}
