package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.BytesLike;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyBytes;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The _re module: regular expressions compiled to java.util.regex, with re.Pattern, re.Match and
 * re.PatternError. The re package (written in Python) adds the module-level functions and RegexFlag.
 */
public final class ReModule implements NativeModule {
    /** re.PatternError (also re.error): an invalid pattern, with msg, pattern, pos, lineno and colno. */
    public static final PyType PATTERN_ERROR = new PyType("PatternError", PyExc.Exception, true, null);

    private static final int CACHE_SIZE = 512;
    /** Compiled patterns are immutable, so one cache serves every interpreter. */
    private static final Map<Object, RePattern> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, RePattern> e) {
            return size() > CACHE_SIZE;
        }
    };

    static {
        PATTERN_ERROR.module = "re";
        PATTERN_ERROR.pythonClassInCPython = true;
        PATTERN_ERROR.instancesHaveDict = true;
        PATTERN_ERROR.method("__init__", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("PatternError", args, kw, new String[] {"msg", "pattern", "pos"}, 1, 3, 0);
            fill((PyBaseException) self, a[0], a[1], a[2] == null ? null : Protocols.index(a[2]).asInt());
            return PyNone.NONE;
        });
    }

    private static void fill(PyBaseException e, PyObject msg, PyObject pattern, Integer pos) {
        String text = msg.str();
        PyObject lineno = PyNone.NONE, colno = PyNone.NONE;
        if (pattern != null && pattern != PyNone.NONE && pos != null) {
            text = text + " at position " + pos;
            String pt = pattern instanceof BytesLike b ? RePattern.latin1(b.toByteArray()) : pattern.str();
            int[] cps = pt.codePoints().toArray();
            int line = 1, lastNl = -1;
            for (int k = 0; k < Math.min(pos, cps.length); k++) {
                if (cps[k] == '\n') {
                    line++;
                    lastNl = k;
                }
            }
            lineno = PyInt.of(line);
            colno = PyInt.of(pos - lastNl);
            if (pt.indexOf('\n') >= 0) text = text + " (line " + line + ", column " + (pos - lastNl) + ")";
        }
        e.setSlot("msg", msg);
        e.setSlot("pattern", pattern == null ? PyNone.NONE : pattern);
        e.setSlot("pos", pos == null ? PyNone.NONE : PyInt.of(pos));
        e.setSlot("lineno", lineno);
        e.setSlot("colno", colno);
        e.args = PyTuple.of(PyStr.of(text));
    }

    /** re.PatternError(msg, pattern, pos). */
    static PyException patternError(String msg, PyObject pattern, Integer pos) {
        PyBaseException e = new PyBaseException(PATTERN_ERROR);
        fill(e, PyStr.of(msg), pattern, pos);
        return new PyException(e);
    }

    @Override
    public String name() {
        return "_re";
    }

    /** Flag names as Pattern's repr prints them. */
    static String flagNames(int f) {
        String[] names = {"re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
        int[] values = {ReTranslator.IGNORECASE, ReTranslator.LOCALE, ReTranslator.MULTILINE, ReTranslator.DOTALL,
                        ReTranslator.UNICODE, ReTranslator.VERBOSE, ReTranslator.DEBUG, ReTranslator.ASCII};
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < names.length; k++) {
            if ((f & values[k]) != 0) {
                if (sb.length() > 0) sb.append('|');
                sb.append(names[k]);
                f &= ~values[k];
            }
        }
        if (f != 0) {
            if (sb.length() > 0) sb.append('|');
            sb.append("0x").append(Integer.toHexString(f));
        }
        return sb.toString();
    }

    /** re.compile(pattern, flags), through the shared cache. */
    public static RePattern compile(PyObject pattern, int flags) {
        if (pattern instanceof RePattern rp) {
            if (flags != 0) throw Errors.valueError("cannot process flags argument with a compiled pattern");
            return rp;
        }
        boolean bytes;
        String text;
        if (pattern instanceof PyStr s) {
            bytes = false;
            text = s.value;
        } else if (pattern instanceof PyBytes b) {
            bytes = true;
            text = RePattern.latin1(b.toByteArray());
        } else {
            throw Errors.typeError("first argument must be string or compiled pattern");
        }
        Object key = java.util.List.of(bytes, text, flags);
        synchronized (CACHE) {
            RePattern cached = CACHE.get(key);
            if (cached != null) return cached;
        }
        RePattern rp = build(pattern, bytes, text, flags);
        synchronized (CACHE) {
            CACHE.put(key, rp);
        }
        return rp;
    }

    private static RePattern build(PyObject pattern, boolean bytes, String text, int flags) {
        if (!bytes) {
            if ((flags & ReTranslator.LOCALE) != 0) throw Errors.valueError("cannot use LOCALE flag with a str pattern");
        } else {
            if ((flags & ReTranslator.UNICODE) != 0) throw Errors.valueError("cannot use UNICODE flag with a bytes pattern");
            if ((flags & ReTranslator.LOCALE) != 0 && (flags & ReTranslator.ASCII) != 0) {
                throw Errors.valueError("ASCII and LOCALE flags are incompatible");
            }
        }
        ReTranslator tr = new ReTranslator(text, flags);
        String regex;
        try {
            regex = tr.translate();
        } catch (ReTranslator.ReError e) {
            throw e.pos < 0 ? patternError(e.msg, null, null) : patternError(e.msg, pattern, e.pos);
        }
        int f = tr.flags;
        boolean unicode = false;
        if (!bytes) {
            if ((f & ReTranslator.ASCII) == 0) {
                f |= ReTranslator.UNICODE;
                unicode = true;
            } else if ((f & ReTranslator.UNICODE) != 0) {
                throw Errors.valueError("ASCII and UNICODE flags are incompatible");
            }
        }
        int jf = Pattern.UNIX_LINES;
        if ((f & ReTranslator.IGNORECASE) != 0) jf |= Pattern.CASE_INSENSITIVE | (unicode ? Pattern.UNICODE_CASE : 0);
        if ((f & ReTranslator.DOTALL) != 0) jf |= Pattern.DOTALL;
        if ((f & ReTranslator.MULTILINE) != 0) jf |= Pattern.MULTILINE;
        if (unicode) jf |= Pattern.UNICODE_CHARACTER_CLASS;
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex, jf);
        } catch (PatternSyntaxException e) {
            String d = e.getDescription();
            if (d.contains("ook-behind")) {
                throw patternError("look-behind requires fixed-width pattern", null, null);
            }
            throw patternError(d, null, null);
        }
        int[] parents = tr.parents.stream().mapToInt(Integer::intValue).toArray();
        return new RePattern(pattern, bytes, f, tr.groups, java.util.Collections.unmodifiableMap(tr.names), parents, compiled);
    }

    private static final String SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";

    /** re.escape: a backslash before each character special in a pattern. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (SPECIAL.indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_re");
        m.put("PatternError", PATTERN_ERROR);
        m.put("error", PATTERN_ERROR);
        m.put("Pattern", RePattern.TYPE);
        m.put("Match", ReMatch.TYPE);
        m.put("MAXREPEAT", PyInt.of(4294967295L));
        m.put("MAXGROUPS", PyInt.of(1073741823L));
        m.function("compile", (args, kw) -> {
            PyObject[] a = ArgParser.parse("compile", args, kw, new String[] {"pattern", "flags"}, 1, 2, 0);
            int flags = a[1] == null ? 0 : Protocols.index(a[1]).asInt();
            return compile(a[0], flags);
        });
        m.function("escape", (args, kw) -> {
            PyObject[] a = ArgParser.parse("escape", args, kw, new String[] {"pattern"}, 1, 1, 0);
            if (a[0] instanceof PyStr s) return PyStr.of(escape(s.value));
            if (a[0] instanceof BytesLike b) {
                return PyBytes.wrap(escape(RePattern.latin1(b.toByteArray())).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            throw Errors.typeError("expected str or bytes-like object, got '" + a[0].type().name + "'");
        });
        m.function("purge", (args, kw) -> {
            ArgParser.count("purge", args, kw, 0, 0);
            synchronized (CACHE) {
                CACHE.clear();
            }
            return PyNone.NONE;
        });
        return m;
    }
}
