package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;

/**
 * The _json module: the Java encoder and decoder under the json package (written in Python),
 * and json.JSONDecodeError.
 */
public final class JsonModule implements NativeModule {
    /** json.JSONDecodeError: a ValueError with msg, doc, pos, lineno and colno. */
    public static final PyType DECODE_ERROR = new PyType("JSONDecodeError", PyExc.ValueError, true, null);

    static {
        DECODE_ERROR.module = "json.decoder";
        DECODE_ERROR.pythonClassInCPython = true;
        DECODE_ERROR.instancesHaveDict = true;
        DECODE_ERROR.method("__init__", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("JSONDecodeError", args, kw, new String[] {"msg", "doc", "pos"}, 3, 3, 0);
            if (!(a[0] instanceof PyStr msg) || !(a[1] instanceof PyStr doc)) {
                throw Errors.typeError("JSONDecodeError() expects str msg and doc");
            }
            fill((PyBaseException) self, msg.value, doc.value, Protocols.index(a[2]).asInt());
            return PyNone.NONE;
        });
    }

    private static void fill(PyBaseException e, String msg, String doc, int pos) {
        int lineno = 1;
        int lastNl = -1;
        int cp = 0;
        for (int i = 0; i < doc.length() && cp < pos; cp++) {
            int c = doc.codePointAt(i);
            if (c == '\n') {
                lineno++;
                lastNl = cp;
            }
            i += Character.charCount(c);
        }
        int colno = pos - lastNl;
        e.setSlot("msg", PyStr.of(msg));
        e.setSlot("doc", PyStr.of(doc));
        e.setSlot("pos", PyInt.of(pos));
        e.setSlot("lineno", PyInt.of(lineno));
        e.setSlot("colno", PyInt.of(colno));
        e.args = PyTuple.of(PyStr.of(msg + ": line " + lineno + " column " + colno + " (char " + pos + ")"));
    }

    /** A JSONDecodeError for msg at code-point position pos of doc. */
    public static PyException decodeError(String msg, String doc, int pos) {
        PyBaseException e = new PyBaseException(DECODE_ERROR);
        fill(e, msg, doc, pos);
        return new PyException(e);
    }

    @Override
    public String name() {
        return "_json";
    }

    private static PyObject hook(PyObject o) {
        return o == null || o == PyNone.NONE ? null : o;
    }

    private static String str(PyObject o, String what) {
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError(what + " must be str, not " + o.type().name);
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_json");
        m.put("JSONDecodeError", DECODE_ERROR);
        // encode(obj, default, indent, key_separator, item_separator, sort_keys, skipkeys, ensure_ascii, check_circular, allow_nan)
        m.function("encode", (args, kw) -> {
            ArgParser.count("encode", args, kw, 10, 10);
            String indent = args[2] == PyNone.NONE ? null : str(args[2], "indent");
            JsonEncoder enc = new JsonEncoder(hook(args[1]), indent, str(args[3], "key_separator"), str(args[4], "item_separator"),
                    args[5].isTrue(), args[6].isTrue(), args[7].isTrue(), args[8].isTrue(), args[9].isTrue());
            return PyStr.of(enc.encode(args[0]));
        });
        m.function("encode_basestring_ascii", (args, kw) -> {
            ArgParser.count("encode_basestring_ascii", args, kw, 1, 1);
            return PyStr.of(JsonEncoder.quote(strArg(args[0]), true));
        });
        m.function("encode_basestring", (args, kw) -> {
            ArgParser.count("encode_basestring", args, kw, 1, 1);
            return PyStr.of(JsonEncoder.quote(strArg(args[0]), false));
        });
        // decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict)
        m.function("decode", (args, kw) -> {
            ArgParser.count("decode", args, kw, 1, 7);
            return decoder(args, 1).decodeDocument();
        });
        // raw_decode(s, idx, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict)
        m.function("raw_decode", (args, kw) -> {
            ArgParser.count("raw_decode", args, kw, 2, 8);
            JsonDecoder d = decoder(args, 2);
            String s = ((PyStr) args[0]).value;
            int idx = Protocols.index(args[1]).asInt();
            if (idx < 0 || idx > ((PyStr) args[0]).length()) throw Errors.valueError("idx cannot be negative");
            int u = s.offsetByCodePoints(0, idx);
            PyObject[] r = d.rawDecode(u);
            return PyTuple.of(r[0], PyInt.of(d.cpIndex(((PyInt) r[1]).asInt())));
        });
        return m;
    }

    private static String strArg(PyObject o) {
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError("first argument must be a string, not " + o.type().name);
    }

    private static JsonDecoder decoder(PyObject[] args, int first) {
        if (!(args[0] instanceof PyStr s)) {
            throw Errors.typeError("the JSON object must be str, bytes or bytearray, not " + args[0].type().name);
        }
        PyObject[] h = new PyObject[6];
        for (int i = 0; i < 6 && first + i < args.length; i++) h[i] = args[first + i];
        return new JsonDecoder(s.value, hook(h[0]), hook(h[1]), hook(h[2]), hook(h[3]), hook(h[4]), h[5] == null || h[5].isTrue());
    }
}
