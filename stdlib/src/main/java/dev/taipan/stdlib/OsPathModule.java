package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.ThreadState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** posixpath, which os.path is: path-name manipulation as CPython's posixpath, relative paths against the interpreter's cwd. */
public final class OsPathModule implements NativeModule {
    @Override
    public String name() {
        return "posixpath";
    }

    // ---- path text -------------------------------------------------------------------------------

    /** A path argument as text; bytes are carried as Latin-1 so that results convert back exactly. */
    record Text(String s, boolean bytes) {
        PyObject wrap(String r) {
            return bytes ? PyBytes.wrap(r.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(r);
        }
    }

    /** os.fspath: str and bytes pass through, os.PathLike objects are asked for __fspath__. */
    static PyObject fspath(PyObject o, String what) {
        if (o instanceof PyStr || o instanceof PyBytes) return o;
        PyObject m = o.type().lookup("__fspath__");
        if (m != null) {
            PyObject r = dev.taipan.runtime.Call.callMethod(m, o);
            if (r instanceof PyStr || r instanceof PyBytes) return r;
            throw Errors.typeError("expected " + o.type().name + ".__fspath__() to return str or bytes, not " + r.type().name);
        }
        throw Errors.typeError(what + o.type().name);
    }

    static Text text(PyObject o, String fname) {
        if (fname != null && !(o instanceof PyStr) && !(o instanceof BytesLike) && o.type().lookup("__fspath__") == null) {
            throw Errors.typeError(fname + "() argument must be str, bytes, or os.PathLike object, not '" + o.type().name + "'");
        }
        PyObject p = fspath(o, "expected str, bytes or os.PathLike object, not ");
        if (p instanceof PyStr s) return new Text(s.value, false);
        return new Text(new String(((BytesLike) p).toByteArray(), StandardCharsets.ISO_8859_1), true);
    }

    /** A filesystem path: text decoded (bytes as UTF-8) and resolved against the interpreter's cwd. */
    static Path resolve(String s, boolean bytes) {
        String name = bytes ? new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8) : s;
        return cwd().resolve(name);
    }

    static Path cwd() {
        InterpState interp = ThreadState.current().interp;
        return interp.cwd != null ? interp.cwd : Path.of("").toAbsolutePath();
    }

    // ---- the pure functions (posixpath) ------------------------------------------------------------

    static String join(String a, List<String> rest) {
        StringBuilder path = new StringBuilder(a);
        for (String b : rest) {
            if (b.startsWith("/")) {
                path.setLength(0);
                path.append(b);
            } else if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
                path.append(b);
            } else {
                path.append('/').append(b);
            }
        }
        return path.toString();
    }

    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i), tail = p.substring(i);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) head = stripTrailingSlashes(head);
        return new String[] {head, tail};
    }

    private static String stripTrailingSlashes(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == '/') e--;
        return s.substring(0, e);
    }

    static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int f = sep + 1; f < dot; f++) {
                if (p.charAt(f) != '.') return new String[] {p.substring(0, dot), p.substring(dot)};
            }
        }
        return new String[] {p, ""};
    }

    static String normpath(String path) {
        if (path.isEmpty()) return ".";
        int initial = 0;
        while (initial < path.length() && path.charAt(initial) == '/') initial++;
        if (initial > 2) initial = 1;
        List<String> comps = new ArrayList<>();
        for (String c : path.split("/")) {
            if (c.isEmpty() || c.equals(".")) continue;
            if (!c.equals("..") || (initial == 0 && comps.isEmpty()) || (!comps.isEmpty() && comps.get(comps.size() - 1).equals(".."))) {
                comps.add(c);
            } else if (!comps.isEmpty()) {
                comps.remove(comps.size() - 1);
            }
        }
        String r = "/".repeat(initial) + String.join("/", comps);
        return r.isEmpty() ? "." : r;
    }

    static String abspath(String p) {
        if (!p.startsWith("/")) p = join(cwd().toString(), List.of(p));
        return normpath(p);
    }

    static String relpath(String path, String start) {
        if (path.isEmpty()) throw Errors.valueError("no path specified");
        List<String> s = parts(abspath(start)), t = parts(abspath(path));
        int i = 0;
        while (i < s.size() && i < t.size() && s.get(i).equals(t.get(i))) i++;
        List<String> rel = new ArrayList<>();
        for (int k = i; k < s.size(); k++) rel.add("..");
        rel.addAll(t.subList(i, t.size()));
        if (rel.isEmpty()) return ".";
        return join(rel.get(0), rel.subList(1, rel.size()));
    }

    private static List<String> parts(String p) {
        List<String> out = new ArrayList<>();
        for (String x : p.split("/")) if (!x.isEmpty()) out.add(x);
        return out;
    }

    static String expanduser(String path) {
        if (!path.startsWith("~")) return path;
        int i = path.indexOf('/', 1);
        if (i < 0) i = path.length();
        String home;
        if (i == 1) {
            InterpState interp = ThreadState.current().interp;
            home = interp.env != null ? interp.env.get("HOME") : System.getenv("HOME");
            if (home == null) home = System.getProperty("user.home");
        } else {
            String user = path.substring(1, i);
            home = user.equals(System.getProperty("user.name")) ? System.getProperty("user.home") : null;
            if (home == null) return path;
        }
        home = stripTrailingSlashes(home);
        String r = home + path.substring(i);
        return r.isEmpty() ? "/" : r;
    }

    static String expandvars(String path) {
        if (path.indexOf('$') < 0) return path;
        InterpState interp = ThreadState.current().interp;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '$' && i + 1 < path.length()) {
                int j;
                String name;
                if (path.charAt(i + 1) == '{') {
                    j = path.indexOf('}', i + 2);
                    if (j < 0) {
                        sb.append(path, i, path.length());
                        break;
                    }
                    name = path.substring(i + 2, j);
                    j++;
                } else {
                    j = i + 1;
                    while (j < path.length() && (Character.isLetterOrDigit(path.charAt(j)) || path.charAt(j) == '_') && path.charAt(j) < 128) j++;
                    name = path.substring(i + 1, j);
                }
                String v = name.isEmpty() ? null : interp.env != null ? interp.env.get(name) : System.getenv(name);
                sb.append(v != null ? v : path.substring(i, j));
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    static String commonprefix(List<String> l) {
        if (l.isEmpty()) return "";
        String lo = l.get(0), hi = l.get(0);
        for (String s : l) {
            if (s.compareTo(lo) < 0) lo = s;
            if (s.compareTo(hi) > 0) hi = s;
        }
        int i = 0;
        while (i < lo.length() && i < hi.length() && lo.charAt(i) == hi.charAt(i)) i++;
        return lo.substring(0, i);
    }

    static String commonpath(List<String> paths) {
        if (paths.isEmpty()) throw Errors.valueError("commonpath() arg is an empty sequence");
        boolean abs = paths.get(0).startsWith("/");
        List<List<String>> split = new ArrayList<>();
        for (String p : paths) {
            if (p.startsWith("/") != abs) throw Errors.valueError("Can't mix absolute and relative paths");
            List<String> comps = new ArrayList<>();
            for (String c : p.split("/")) if (!c.isEmpty() && !c.equals(".")) comps.add(c);
            split.add(comps);
        }
        List<String> common = split.get(0);
        for (List<String> s : split) {
            int i = 0;
            while (i < common.size() && i < s.size() && common.get(i).equals(s.get(i))) i++;
            common = common.subList(0, i);
        }
        return (abs ? "/" : "") + String.join("/", common);
    }

    // ---- module ------------------------------------------------------------------------------------

    private static PyObject strFn(PyObject arg, String fname, java.util.function.UnaryOperator<String> f) {
        Text t = text(arg, fname);
        return t.wrap(f.apply(t.s()));
    }

    private static PyObject pairFn(PyObject arg, String fname, java.util.function.Function<String, String[]> f) {
        Text t = text(arg, fname);
        String[] r = f.apply(t.s());
        return PyTuple.of(t.wrap(r[0]), t.wrap(r[1]));
    }

    /** A predicate on the file system that answers False for unusable paths, as genericpath does. */
    private static PyObject test(PyObject arg, String fname, Predicate<Path> p) {
        PyObject o = arg;
        if (!(o instanceof PyStr) && !(o instanceof BytesLike) && o.type().lookup("__fspath__") == null && !(o instanceof PyInt)) {
            throw Errors.typeError("stat: path should be string, bytes, os.PathLike or integer, not " + o.type().name);
        }
        if (o instanceof PyInt) return PyBool.FALSE;
        Text t = text(o, null);
        if (t.s().indexOf('\0') >= 0) return PyBool.FALSE;
        try {
            return PyBool.of(p.test(resolve(t.s(), t.bytes())));
        } catch (RuntimeException e) {
            if (e instanceof PyException) throw e;
            return PyBool.FALSE;
        }
    }

    private static List<String> strList(PyObject seq, String fname) {
        List<String> out = new ArrayList<>();
        for (PyObject o : dev.taipan.runtime.Protocols.toArray(seq)) out.add(text(o, fname).s());
        return out;
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("posixpath");
        m.put("sep", PyStr.of("/")).put("altsep", PyNone.NONE).put("extsep", PyStr.of(".")).put("pathsep", PyStr.of(":"))
                .put("curdir", PyStr.of(".")).put("pardir", PyStr.of("..")).put("defpath", PyStr.of("/bin:/usr/bin"))
                .put("devnull", PyStr.of("/dev/null")).put("supports_unicode_filenames", PyBool.FALSE);
        m.function("join", (args, kw) -> {
            ArgParser.noKeywords("join", kw);
            if (args.length == 0) throw Errors.typeError("join() missing 1 required positional argument: 'a'");
            Text a = text(args[0], "join");
            List<String> rest = new ArrayList<>();
            for (int k = 1; k < args.length; k++) {
                Text b = text(args[k], "join");
                if (b.bytes() != a.bytes()) throw Errors.typeError("Can't mix strings and bytes in path components");
                rest.add(b.s());
            }
            return a.wrap(join(a.s(), rest));
        });
        m.function("split", (args, kw) -> one("split", args, kw, a -> pairFn(a, null, OsPathModule::split)));
        m.function("splitext", (args, kw) -> one("splitext", args, kw, a -> pairFn(a, null, OsPathModule::splitext)));
        m.function("splitdrive", (args, kw) -> one("splitdrive", args, kw, a -> pairFn(a, null, s -> new String[] {"", s})));
        m.function("basename", (args, kw) -> one("basename", args, kw, a -> strFn(a, null, s -> s.substring(s.lastIndexOf('/') + 1))));
        m.function("dirname", (args, kw) -> one("dirname", args, kw, a -> strFn(a, null, s -> split(s)[0])));
        m.function("isabs", (args, kw) -> one("isabs", args, kw, a -> PyBool.of(text(a, null).s().startsWith("/"))));
        m.function("normpath", (args, kw) -> one("normpath", args, kw, a -> strFn(a, null, OsPathModule::normpath)));
        m.function("normcase", (args, kw) -> one("normcase", args, kw, a -> fspath(a, "expected str, bytes or os.PathLike object, not ")));
        m.function("abspath", (args, kw) -> one("abspath", args, kw, a -> strFn(a, null, OsPathModule::abspath)));
        m.function("realpath", (args, kw) -> {
            ArgParser.allowKeywords("realpath", kw, "strict");
            Text t = text(ArgParser.positional(args, kw)[0], null);
            Path p = resolve(t.s(), t.bytes());
            String r;
            try {
                r = p.toRealPath().toString();
            } catch (java.io.IOException e) {
                r = normpath(p.toString());
            }
            return t.wrap(r);
        });
        m.function("relpath", (args, kw) -> {
            PyObject[] a = ArgParser.parse("relpath", args, kw, new String[] {"path", "start"}, 1, 2, 0);
            Text t = text(a[0], null);
            String start = a[1] == null || a[1] == PyNone.NONE ? "." : text(a[1], null).s();
            return t.wrap(relpath(t.s(), start));
        });
        m.function("expanduser", (args, kw) -> one("expanduser", args, kw, a -> strFn(a, null, OsPathModule::expanduser)));
        m.function("expandvars", (args, kw) -> one("expandvars", args, kw, a -> strFn(a, null, OsPathModule::expandvars)));
        m.function("commonprefix", (args, kw) -> one("commonprefix", args, kw, a -> {
            PyObject[] items = dev.taipan.runtime.Protocols.toArray(a);
            if (items.length == 0) return PyStr.EMPTY;
            Text first = text(items[0], null);
            return first.wrap(commonprefix(strList(a, null)));
        }));
        m.function("commonpath", (args, kw) -> one("commonpath", args, kw, a -> {
            PyObject[] items = dev.taipan.runtime.Protocols.toArray(a);
            if (items.length == 0) throw Errors.valueError("commonpath() arg is an empty sequence");
            return text(items[0], null).wrap(commonpath(strList(a, null)));
        }));
        m.function("exists", (args, kw) -> one("exists", args, kw, a -> test(a, "exists", Files::exists)));
        m.function("lexists", (args, kw) -> one("lexists", args, kw, a -> test(a, "lexists", p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS))));
        m.function("isfile", (args, kw) -> one("isfile", args, kw, a -> test(a, "isfile", Files::isRegularFile)));
        m.function("isdir", (args, kw) -> one("isdir", args, kw, a -> test(a, "isdir", Files::isDirectory)));
        m.function("islink", (args, kw) -> one("islink", args, kw, a -> test(a, "islink", Files::isSymbolicLink)));
        m.function("ismount", (args, kw) -> one("ismount", args, kw, a -> test(a, "ismount", p -> p.toAbsolutePath().normalize().getParent() == null)));
        m.function("getsize", (args, kw) -> one("getsize", args, kw, a -> OsModule.stat(a, true).get(6)));
        m.function("getmtime", (args, kw) -> one("getmtime", args, kw, a -> OsModule.stat(a, true).getAttr("st_mtime")));
        m.function("getatime", (args, kw) -> one("getatime", args, kw, a -> OsModule.stat(a, true).getAttr("st_atime")));
        m.function("getctime", (args, kw) -> one("getctime", args, kw, a -> OsModule.stat(a, true).getAttr("st_ctime")));
        m.function("samefile", (args, kw) -> {
            ArgParser.count("samefile", args, kw, 2, 2);
            PyStatResult x = OsModule.stat(args[0], true), y = OsModule.stat(args[1], true);
            return PyBool.of(x.get(1).equals(y.get(1)) && x.get(2).equals(y.get(2)));
        });
        return m;
    }

    private static PyObject one(String fname, PyObject[] args, String[] kw, java.util.function.Function<PyObject, PyObject> f) {
        ArgParser.noKeywords(fname, kw);
        if (args.length != 1) {
            throw Errors.typeError(fname + "() " + (args.length == 0 ? "missing 1 required positional argument" : "takes 1 positional argument but "
                    + args.length + " were given") + (args.length == 0 ? ": 'p'" : ""));
        }
        return f.apply(args[0]);
    }
}
