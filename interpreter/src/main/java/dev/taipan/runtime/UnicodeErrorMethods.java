package dev.taipan.runtime;

/**
 * UnicodeEncodeError(encoding, object, start, end, reason), UnicodeDecodeError (the same with a
 * bytes-like object) and UnicodeTranslateError(object, start, end, reason): their argument
 * checks, attributes and str() forms, as CPython's; and the factories the codecs raise them with.
 */
public final class UnicodeErrorMethods {
    private UnicodeErrorMethods() {}

    private static final String[] OBJECT_FIELDS = {"encoding", "object", "reason"};

    static void install() {
        install(PyExc.UnicodeEncodeError, 'e');
        install(PyExc.UnicodeDecodeError, 'd');
        install(PyExc.UnicodeTranslateError, 't');
    }

    private static void install(PyType t, char kind) {
        t.method("__init__", (self, args, kw) -> {
            ArgParser.noKeywords(self.type().name, kw);
            PyBaseException e = (PyBaseException) self;
            e.args = PyTuple.of(args);
            init(e, args, kind);
            return PyNone.NONE;
        });
        for (String name : OBJECT_FIELDS) {
            t.define(name, new PyGetSet(t, name, o -> {
                PyObject v = ((PyBaseException) o).field(name);
                return v == null ? PyNone.NONE : v;
            }, (o, v) -> ((PyBaseException) o).setField(name, v)));
        }
        for (String name : new String[] {"start", "end"}) {
            t.define(name, new PyGetSet(t, name, o -> {
                PyObject v = ((PyBaseException) o).field(name);
                return v == null ? PyInt.of(0) : v;
            }, (o, v) -> {
                if (!(v instanceof PyInt i)) throw Errors.typeError("an integer is required");
                ((PyBaseException) o).setField(name, PyInt.of(i.toBig()));
            }));
        }
    }

    /** PyArg_ParseTuple(args, "UUnnU" / "UOnnU" / "UnnU"). */
    private static void init(PyBaseException e, PyObject[] args, char kind) {
        int want = kind == 't' ? 4 : 5;
        if (args.length != want) {
            throw Errors.typeError("function takes exactly " + want + " arguments (" + args.length + " given)");
        }
        int i = 0;
        PyObject encoding = null;
        if (kind != 't') encoding = strArg(args, i++);
        PyObject object;
        if (kind == 'd') {
            PyObject o = args[i++];
            if (o instanceof PyBytes) object = o;
            else if (o instanceof BytesLike b) object = PyBytes.wrap(b.toByteArray());
            else throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
        } else {
            object = strArg(args, i++);
        }
        PyInt start = Protocols.index(args[i++]);
        PyInt end = Protocols.index(args[i++]);
        PyObject reason = strArg(args, i);
        if (encoding != null) e.setField("encoding", encoding);
        e.setField("object", object);
        e.setField("start", start);
        e.setField("end", end);
        e.setField("reason", reason);
    }

    private static PyObject strArg(PyObject[] args, int i) {
        if (args[i] instanceof PyStr) return args[i];
        throw Errors.typeError("argument " + (i + 1) + " must be str, not " + args[i].type().name);
    }

    /** str(e), or null for a UnicodeError that is none of the three (BaseException's form). */
    static String str(PyBaseException e) {
        PyType t = e.type();
        boolean decode = t.isSubtypeOf(PyExc.UnicodeDecodeError);
        boolean translate = !decode && t.isSubtypeOf(PyExc.UnicodeTranslateError);
        if (!decode && !translate && !t.isSubtypeOf(PyExc.UnicodeEncodeError)) return null;
        // one the runtime made with a message only (no __init__ ran): BaseException's form
        if (e.fields == null) return null;
        PyObject object = e.field("object");
        if (object == null) return "";
        String reason = orNone(e.field("reason")).str();
        String encoding = translate ? null : orNone(e.field("encoding")).str();
        long start = asLong(e.field("start")), end = asLong(e.field("end"));
        long len;
        if (decode) {
            if (!(object instanceof PyBytes b)) throw Errors.typeError("object attribute must be bytes");
            len = b.size();
        } else {
            if (!(object instanceof PyStr s)) throw Errors.typeError("object attribute must be unicode");
            len = s.length();
        }
        boolean one = start >= 0 && start < len && end >= 0 && end <= len && end == start + 1;
        String head = translate ? "can't translate" : "'" + encoding + "' codec can't " + (decode ? "decode" : "encode");
        if (!one) {
            String what = decode ? "bytes" : "characters";
            return head + " " + what + " in position " + start + "-" + (end - 1) + ": " + reason;
        }
        if (decode) {
            int b = ((PyBytes) object).at((int) start);
            return head + " byte 0x" + String.format("%02x", b) + " in position " + start + ": " + reason;
        }
        int c = ((PyStr) object).codePointAt((int) start);
        return head + " character '" + StrCodec.backslashEscape(c) + "' in position " + start + ": " + reason;
    }

    private static long asLong(PyObject o) {
        return o instanceof PyInt i ? i.asLong("Python int too large to convert to C ssize_t") : 0;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyException make(PyType type, PyObject... args) {
        PyBaseException e = new PyBaseException(type, args);
        init(e, args, type == PyExc.UnicodeTranslateError ? 't' : type == PyExc.UnicodeDecodeError ? 'd' : 'e');
        return new PyException(e);
    }

    /** The UnicodeEncodeError a codec raises: characters [start, end) of s (code-point indices). */
    public static PyException encodeError(String encoding, String s, int start, int end, String reason) {
        return make(PyExc.UnicodeEncodeError, PyStr.of(encoding), PyStr.of(s), PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    /** The UnicodeDecodeError a codec raises: bytes [start, end) of data. */
    public static PyException decodeError(String encoding, byte[] data, int start, int end, String reason) {
        return make(PyExc.UnicodeDecodeError, PyStr.of(encoding), PyBytes.wrap(data), PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }
}
