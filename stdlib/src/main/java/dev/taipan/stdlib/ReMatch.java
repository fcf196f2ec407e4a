package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.util.Map;
import java.util.regex.Matcher;

/** re.Match: the result of a successful match, with its groups' spans in code points. */
public final class ReMatch extends PyObject {
    public static final PyType TYPE = new PyType("Match", PyType.OBJECT, true, null).markFinal();

    final RePattern pattern;
    final RePattern.Subject subj;
    /** UTF-16 start and end of each group (-1 when it did not participate). */
    private final int[] starts;
    private final int[] ends;
    final int pos;
    final int endpos;

    ReMatch(RePattern pattern, RePattern.Subject subj, Matcher m, int pos, int endpos) {
        this.pattern = pattern;
        this.subj = subj;
        int n = pattern.groups + 1;
        starts = new int[n];
        ends = new int[n];
        for (int g = 0; g < n; g++) {
            starts[g] = m.start(g);
            ends[g] = m.end(g);
        }
        this.pos = pos;
        this.endpos = endpos;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    int startU(int g) {
        return starts[g];
    }

    int endU(int g) {
        return ends[g];
    }

    /** The text of group g, or null when it did not participate. */
    String text(int g) {
        return starts[g] < 0 ? null : subj.text.substring(starts[g], ends[g]);
    }

    PyObject group(int g) {
        return groupOr(g, PyNone.NONE);
    }

    PyObject groupOr(int g, PyObject dflt) {
        return starts[g] < 0 ? dflt : subj.slice(starts[g], ends[g]);
    }

    /** A group number from an index or a name; IndexError "no such group" otherwise. */
    int groupIndex(PyObject g) {
        if (g instanceof PyInt i) {
            if (!i.isBig() && i.value >= 0 && i.value <= pattern.groups) return (int) i.value;
        } else if (g instanceof PyStr s) {
            Integer ix = pattern.names.get(s.value);
            if (ix != null) return ix;
        } else {
            PyObject idx = Protocols.indexOrNull(g);
            if (idx != null) return groupIndex(idx);
        }
        throw Errors.indexError("no such group");
    }

    private PyObject spanOf(int g) {
        return PyTuple.of(PyInt.of(subj.toCp(starts[g])), PyInt.of(subj.toCp(ends[g])));
    }

    /** The last group to close, as CPython's lastindex: the latest end, outer groups winning ties with their own subgroups. */
    int lastIndex() {
        int best = -1;
        for (int g = 1; g <= pattern.groups; g++) {
            if (starts[g] < 0) continue;
            if (best < 0 || ends[g] > ends[best] || (ends[g] == ends[best] && !isAncestor(best, g))) best = g;
        }
        return best;
    }

    private boolean isAncestor(int a, int g) {
        for (int x = pattern.parents[g]; x > 0; x = pattern.parents[x]) {
            if (x == a) return true;
        }
        return false;
    }

    @Override
    public String repr() {
        return "<re.Match object; span=(" + subj.toCp(starts[0]) + ", " + subj.toCp(ends[0]) + "), match=" + group(0).repr() + ">";
    }

    @Override
    public PyObject getItem(PyObject key) {
        return group(groupIndex(key));
    }

    private static ReMatch mt(PyObject o) {
        return (ReMatch) o;
    }

    static {
        PyType t = TYPE;
        t.module = "re";
        t.staticNew((cls, args, kw) -> {
            throw Errors.typeError("cannot create 're.Match' instances");
        });
        t.method("group", (self, args, kw) -> {
            ArgParser.noKeywords("group", kw);
            ReMatch m = mt(self);
            if (args.length == 0) return m.group(0);
            if (args.length == 1) return m.group(m.groupIndex(args[0]));
            PyObject[] r = new PyObject[args.length];
            for (int k = 0; k < args.length; k++) r[k] = m.group(m.groupIndex(args[k]));
            return PyTuple.wrap(r);
        });
        t.method1("__getitem__", (self, g) -> self.getItem(g));
        t.method("groups", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("groups", args, kw, new String[] {"default"}, 0, 1, 0);
            ReMatch m = mt(self);
            PyObject d = a[0] == null ? PyNone.NONE : a[0];
            PyObject[] r = new PyObject[m.pattern.groups];
            for (int g = 1; g <= r.length; g++) r[g - 1] = m.groupOr(g, d);
            return PyTuple.wrap(r);
        });
        t.method("groupdict", (self, args, kw) -> {
            PyObject[] a = ArgParser.parse("groupdict", args, kw, new String[] {"default"}, 0, 1, 0);
            ReMatch m = mt(self);
            PyObject d = a[0] == null ? PyNone.NONE : a[0];
            PyDict r = new PyDict();
            for (Map.Entry<String, Integer> e : m.pattern.names.entrySet()) r.put(PyStr.of(e.getKey()), m.groupOr(e.getValue(), d));
            return r;
        });
        t.method("start", (self, args, kw) -> {
            ArgParser.count("start", args, kw, 0, 1);
            ReMatch m = mt(self);
            return PyInt.of(m.subj.toCp(m.starts[args.length == 0 ? 0 : m.groupIndex(args[0])]));
        });
        t.method("end", (self, args, kw) -> {
            ArgParser.count("end", args, kw, 0, 1);
            ReMatch m = mt(self);
            return PyInt.of(m.subj.toCp(m.ends[args.length == 0 ? 0 : m.groupIndex(args[0])]));
        });
        t.method("span", (self, args, kw) -> {
            ArgParser.count("span", args, kw, 0, 1);
            ReMatch m = mt(self);
            return m.spanOf(args.length == 0 ? 0 : m.groupIndex(args[0]));
        });
        t.method1("expand", (self, template) -> {
            ReMatch m = mt(self);
            StringBuilder sb = new StringBuilder();
            ReTemplate.compile(m.pattern, template).expand(m, sb);
            return m.subj.wrap(sb.toString());
        });
        t.getset("string", self -> mt(self).subj.original);
        t.getset("re", self -> mt(self).pattern);
        t.getset("pos", self -> PyInt.of(mt(self).pos));
        t.getset("endpos", self -> PyInt.of(mt(self).endpos));
        t.getset("lastindex", self -> {
            int li = mt(self).lastIndex();
            return li < 0 ? PyNone.NONE : PyInt.of(li);
        });
        t.getset("lastgroup", self -> {
            ReMatch m = mt(self);
            int li = m.lastIndex();
            if (li < 0) return PyNone.NONE;
            for (Map.Entry<String, Integer> e : m.pattern.names.entrySet()) {
                if (e.getValue() == li) return PyStr.of(e.getKey());
            }
            return PyNone.NONE;
        });
        t.getset("regs", self -> {
            ReMatch m = mt(self);
            PyObject[] r = new PyObject[m.starts.length];
            for (int g = 0; g < r.length; g++) r[g] = m.spanOf(g);
            return PyTuple.wrap(r);
        });
        t.method0("__copy__", self -> self);
        t.method1("__deepcopy__", (self, memo) -> self);
        t.method0("__repr__", self -> PyStr.of(self.repr()));
        t.method0("__bool__", self -> PyBool.TRUE);
        dev.taipan.runtime.PyGenericAlias.install(t);
    }

    /** The iterator finditer returns (CPython's callable_iterator). */
    static final class Iterator extends PyObject {
        static final PyType TYPE = new PyType("callable_iterator", PyType.OBJECT, true, null).markFinal();
        private final RePattern.Scanner scanner;

        Iterator(RePattern.Scanner scanner) {
            this.scanner = scanner;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            return scanner.next();
        }
    }
}
