package dev.taipan.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.runtime.Bootstrap;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyBuiltin;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.ThreadState;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReModuleTest {
    private PyModule m;

    @BeforeEach
    void setUp() {
        InterpState interp = new InterpState();
        ThreadState.attach(new ThreadState(interp));
        Bootstrap.installBuiltins(interp);
        m = new ReModule().create(interp);
    }

    private static String outcome(Supplier<PyObject> f) {
        try {
            return f.get().repr();
        } catch (PyException e) {
            return e.value.type().name + ": " + e.value.str();
        }
    }

    private PyObject compile(String p, int flags) {
        return m.getAttr("compile").call(PyStr.of(p), PyInt.of(flags));
    }

    private String call(String pattern, int flags, String method, PyObject... args) {
        return outcome(() -> compile(pattern, flags).getAttr(method).call(args));
    }

    private String call(String pattern, String method, String... args) {
        PyObject[] a = new PyObject[args.length];
        for (int k = 0; k < args.length; k++) a[k] = PyStr.of(args[k]);
        return call(pattern, 0, method, a);
    }

    private String compileError(String p) {
        return outcome(() -> compile(p, 0));
    }

    @Test
    void compileErrors() {
        assertEquals("PatternError: missing ), unterminated subpattern at position 0", compileError("("));
        assertEquals("PatternError: unbalanced parenthesis at position 1", compileError("a)"));
        assertEquals("PatternError: nothing to repeat at position 0", compileError("*"));
        assertEquals("PatternError: multiple repeat at position 2", compileError("a**"));
        assertEquals("PatternError: unterminated character set at position 0", compileError("[a"));
        assertEquals("PatternError: bad character range b-a at position 1", compileError("[b-a]"));
        assertEquals("PatternError: bad escape (end of pattern) at position 0", compileError("\\"));
        assertEquals("PatternError: bad character in group name '1a' at position 4", compileError("(?P<1a>x)"));
        assertEquals("PatternError: unknown group name 'x' at position 4", compileError("(?P=x)"));
        assertEquals("PatternError: invalid group reference 2 at position 1", compileError("\\2"));
        assertEquals("PatternError: invalid group reference 2 at position 4", compileError("(a)\\2"));
        assertEquals("PatternError: min repeat greater than max repeat at position 2", compileError("x{2,1}"));
        assertEquals("PatternError: unknown extension ?<a at position 1", compileError("(?<a>x)"));
        assertEquals("PatternError: global flags not at the start of the expression at position 1", compileError("a(?i)b"));
        assertEquals("PatternError: bad escape \\q at position 0", compileError("\\q"));
        assertEquals("PatternError: redefinition of group name 'a' as group 2; was group 1 at position 12", compileError("(?P<a>x)(?P<a>y)"));
        assertEquals("PatternError: incomplete escape \\x4 at position 0", compileError("\\x4"));
        assertEquals("PatternError: unexpected end of pattern at position 2", compileError("(?"));
        assertEquals("PatternError: missing group name at position 4", compileError("(?P<"));
        assertEquals("PatternError: missing >, unterminated name at position 4", compileError("(?P<a"));
        assertEquals("PatternError: bad character range \\d-z at position 1", compileError("[\\d-z]"));
        assertEquals("PatternError: missing -, : or ) at position 3", compileError("(?i"));
        assertEquals("re.compile('a{3')", compileError("a{3"));
        assertEquals("PatternError: bad inline flags: cannot use 'L' flag with a str pattern at position 3", compileError("(?L)a"));
        assertEquals("PatternError: bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 5", compileError("(?a-u:x)"));
        assertEquals("PatternError: missing : at position 4", compileError("(?-x)"));
        assertEquals("PatternError: missing ), unterminated subpattern at position 3 (line 2, column 2)", compileError("a\nb("));
        assertEquals("PatternError: nothing to repeat at position 1", compileError("^*"));
        assertEquals("PatternError: look-behind requires fixed-width pattern", compileError("(?<=a+)b"));
        assertEquals("PatternError: cannot refer to an open group at position 2", compileError("(a\\1)"));
        assertEquals("re.compile('x{,}')", compileError("x{,}"));
        assertEquals("OverflowError: the repetition number is too large", compileError("a{4294967296}"));
        assertEquals("ValueError: ASCII and UNICODE flags are incompatible", outcome(() -> compile("a", 256 | 32)));
    }

    @Test
    void patterns() {
        assertEquals("re.compile('a+', re.IGNORECASE|re.MULTILINE)", compile("a+", 2 | 8).repr());
        assertEquals("re.compile('a+', re.ASCII)", compile("a+", 256).repr());
        assertEquals("re.compile('(?i)a+', re.IGNORECASE)", compile("(?i)a+", 0).repr());
        assertEquals("34", compile("(?i)a+", 0).getAttr("flags").repr());
        assertEquals("mappingproxy({'first': 1, 'second': 2})", compile("(?P<first>a)(?P<second>b)", 0).getAttr("groupindex").repr());
    }

    @Test
    void matching() {
        assertEquals("<re.Match object; span=(0, 1), match='a'>", call("(a)(b)?", "match", "ac"));
        assertEquals("'-a-b--d-'", call("x*", "sub", "-", "abxd"));
        assertEquals("['', '', '']", call("(?m)^", "findall", "a\nb\n"));
        assertEquals("['', 'a', '', 'b', 'c', '']", call("x*", "split", "axbc"));
        assertEquals("['a', ' ', None, 'b']", call("(\\s)(x)?", "split", "a b"));
        assertEquals("PatternError: invalid group reference 2 at position 3", call("(a)", "sub", "\\g<2>", "a"));
        assertEquals("IndexError: unknown group name 'x'", call("(a)", "sub", "\\g<x>", "a"));
        assertEquals("PatternError: bad escape \\q at position 0", call("(a)", "sub", "\\q", "a"));
        assertEquals("'[a][]'", call("(a)|b", "sub", "[\\1]", "ab"));
        assertEquals("[' x']", call("[ ]x # c", 64, "findall", PyStr.of(" x")));
        assertEquals("[('a', 'b'), ('a', '')]", call("(a)(b)?", "findall", "ab a"));
        assertEquals("<re.Match object; span=(0, 2), match='ab'>", call("a|ab", "fullmatch", "ab"));
        assertEquals("None", call("(?i)straße", "match", "STRASSE"));
        assertEquals("None", call("(?a)\\w", "match", "é"));
        assertEquals("<re.Match object; span=(0, 1), match='é'>", call("\\w", "match", "é"));
        assertEquals("<re.Match object; span=(0, 4), match='ABcA'>", call("\\x41\\u0042\\N{LATIN SMALL LETTER C}\\101", "match", "ABcA"));
        assertEquals("None", call("a.c", "match", "a\nc"));
        assertEquals("<re.Match object; span=(0, 3), match='a\\rc'>", call("a.c", "match", "a\rc"));
        assertEquals("<re.Match object; span=(0, 1), match='a'>", call("a$", "search", "a\n"));
        assertEquals("None", call("a\\Z", "search", "a\n"));
        assertEquals("'-a-b-c-'", call("", "sub", "-", "abc"));
        assertEquals("'\\n\\t\\\\'", call("a", "sub", "\\n\\t\\\\", "a"));
        assertEquals("'\\x00'", call("a", "sub", "\\0", "a"));
        assertEquals("<re.Match object; span=(1, 3), match='😀y'>", call("😀(.)", "search", "x😀y"));
        assertEquals("['', 'a', 'b', 'c', '']", call("", "split", "abc"));
        assertEquals("None", call("^a", 0, "search", PyStr.of("ba"), PyInt.of(1)));
        assertEquals("<re.Match object; span=(0, 1), match='a'>", call("a$", 0, "search", PyStr.of("ab"), PyInt.of(0), PyInt.of(1)));
        assertEquals("('HI there', 1)", outcome(() -> compile("(\\w+)", 0).getAttr("subn").call(
                new PyBuiltin.Function("up", null, (a, k) -> PyStr.of(((PyStr) a[0].getAttr("group").call(PyInt.of(1))).value.toUpperCase())),
                PyStr.of("hi there"), PyInt.of(1))));
    }

    @Test
    void matchObjects() {
        PyObject mt = compile("(?P<x>\\d+)-(?P<y>\\w+)?", 0).getAttr("search").call(PyStr.of("ab 12- cd"));
        assertEquals("<re.Match object; span=(3, 6), match='12-'>", mt.repr());
        assertEquals("('12', None)", mt.getAttr("groups").call().repr());
        assertEquals("{'x': '12', 'y': None}", mt.getAttr("groupdict").call().repr());
        assertEquals("(-1, -1)", mt.getAttr("span").call(PyInt.of(2)).repr());
        assertEquals("3", mt.getAttr("start").call(PyStr.of("x")).repr());
        assertEquals("1", mt.getAttr("lastindex").repr());
        assertEquals("'x'", mt.getAttr("lastgroup").repr());
        assertEquals("('12-', '12', '12')", mt.getAttr("group").call(PyInt.of(0), PyInt.of(1), PyStr.of("x")).repr());
        assertEquals("'<12|12|12->'", mt.getAttr("expand").call(PyStr.of("<\\g<x>|\\1|\\g<0>>")).repr());
        assertEquals("IndexError: no such group", outcome(() -> mt.getAttr("group").call(PyInt.of(3))));
        assertEquals("1", compile("((a)b)", 0).getAttr("match").call(PyStr.of("ab")).getAttr("lastindex").repr());
        assertEquals("1", compile("((a))", 0).getAttr("match").call(PyStr.of("a")).getAttr("lastindex").repr());
        assertEquals("2", compile("(a)()", 0).getAttr("match").call(PyStr.of("a")).getAttr("lastindex").repr());
        PyObject u = compile("😀(.)", 0).getAttr("search").call(PyStr.of("x😀y"));
        assertEquals("(2, 3)", u.getAttr("span").call(PyInt.of(1)).repr());
        assertEquals("'a\\\\.b\\\\ c\\\\-d_e\\\\\\n\\\\#\\\\&\\\\~é'", m.getAttr("escape").call(PyStr.of("a.b c-d_e\n#&~é")).repr());
    }
}
