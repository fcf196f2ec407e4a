package dev.taipan.runtime;

import java.nio.ByteOrder;

/** The sys module of one interpreter: streams, argv, path, modules, version data, limits and frame access. */
public final class SysModule {
    private SysModule() {}

    public static final String VERSION = "3.14.0 (Taipan 0.1.0)";

    static final StructSeq.Kind VERSION_INFO = new StructSeq.Kind("version_info", "major", "minor", "micro", "releaselevel", "serial");
    static final StructSeq.Kind FLOAT_INFO = new StructSeq.Kind("float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
            "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    static final StructSeq.Kind INT_INFO = new StructSeq.Kind("int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits",
            "str_digits_check_threshold");
    static final StructSeq.Kind HASH_INFO = new StructSeq.Kind("hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm",
            "hash_bits", "seed_bits", "cutoff");
    static final StructSeq.Kind ASYNCGEN_HOOKS = new StructSeq.Kind(null, "asyncgen_hooks",
            new String[] {"firstiter", "finalizer"});
    static final StructSeq.Kind FLAGS = new StructSeq.Kind("flags", "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");

    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    private static PyObject s(String v) {
        return PyStr.of(v);
    }

    /** Creates sys for interp, and makes interp.stdout/stderr/stdin the text streams over its Java streams when unset. */
    public static PyModule create(InterpState interp) {
        PyModule m = new PyModule("sys");
        interp.sys = m;
        if (interp.stdout == null && interp.stdoutStream != null) interp.stdout = PyTextIO.output(interp.stdoutStream, "<stdout>", 1);
        if (interp.stderr == null && interp.stderrStream != null) interp.stderr = PyTextIO.output(interp.stderrStream, "<stderr>", 2);
        if (interp.stdin == null && interp.stdinStream != null) interp.stdin = PyTextIO.stdin(interp.stdinStream);
        PyObject out = orNone(interp.stdout), err = orNone(interp.stderr), in = orNone(interp.stdin);
        m.put("stdout", out).put("stderr", err).put("stdin", in).put("__stdout__", out).put("__stderr__", err).put("__stdin__", in);

        PyList argv = new PyList();
        for (String a : interp.argv) argv.append(s(a));
        m.put("argv", argv);
        PyList orig = new PyList();
        orig.append(s("taipan"));
        for (String a : interp.argv) orig.append(s(a));
        m.put("orig_argv", orig);
        m.put("path", new PyList()).put("modules", interp.modules).put("meta_path", new PyList()).put("path_hooks", new PyList())
                .put("path_importer_cache", new PyDict());
        PyList warn = new PyList();
        if (interp.devMode) warn.append(s("default"));
        for (String w : interp.warnOptions) warn.append(s(w));
        m.put("warnoptions", warn);

        m.put("version", s(VERSION));
        m.put("version_info", VERSION_INFO.make(i(3), i(14), i(0), s("final"), i(0)));
        m.put("hexversion", i(0x030E00F0));
        m.put("api_version", i(1013));
        m.put("copyright", s("Copyright (c) the Taipan authors.\nPython is Copyright (c) 2001 Python Software Foundation."));
        m.put("implementation", new Namespace(new String[] {"name", "cache_tag", "version", "hexversion"},
                new PyObject[] {s("taipan"), PyNone.NONE, VERSION_INFO.make(i(0), i(1), i(0), s("alpha"), i(0)), i(0x000100A0)}));
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        m.put("platform", s(os.startsWith("mac") ? "darwin" : os.startsWith("windows") ? "win32" : "linux"));
        m.put("byteorder", s(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little" : "big"));
        m.put("maxsize", i(Long.MAX_VALUE)).put("maxunicode", i(0x10FFFF));
        m.put("float_info", FLOAT_INFO.make(PyFloat.of(Double.MAX_VALUE), i(1024), i(308), PyFloat.of(Double.MIN_NORMAL), i(-1021),
                i(-307), i(15), i(53), PyFloat.of(Math.ulp(1.0)), i(2), i(1)));
        m.put("float_repr_style", s("short"));
        m.put("int_info", INT_INFO.make(i(30), i(4), i(4300), i(640)));
        m.put("hash_info", HASH_INFO.make(i(64), i(PyInt.HASH_MODULUS), i(314159), i(0), i(1000003), s("siphash13"), i(64), i(128), i(0)));
        m.put("flags", FLAGS.make(i(0), i(0), i(0), i(0), i(1), i(0), i(0), i(0), i(0), i(0), i(0), i(1), i(0), PyBool.of(interp.devMode),
                i(0), i(0), PyBool.FALSE, i(4300)));
        String exe = System.getProperty("taipan.executable");
        if (exe == null) exe = launcher();
        m.put("executable", s(exe)).put("_base_executable", s(exe));
        String home = System.getProperty("taipan.home", "");
        m.put("prefix", s(home)).put("base_prefix", s(home)).put("exec_prefix", s(home)).put("base_exec_prefix", s(home));
        m.put("platlibdir", s("lib")).put("pycache_prefix", PyNone.NONE).put("dont_write_bytecode", PyBool.TRUE);
        m.put("builtin_module_names", PyTuple.of(s("builtins"), s("sys")));
        SysFunctions.install(m, interp);
        return m;
    }

    /**
     * sys.executable when the launcher did not name itself (taipan.executable): the `taipan`
     * script of the checkout the classes come from (repl/target/taipan.jar or
     * <module>/target/classes lie two or three folders below it), else "" as CPython reports an
     * unknown executable.
     */
    private static String launcher() {
        try {
            java.nio.file.Path p = java.nio.file.Path.of(SysModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (int up = 0; up < 4 && p != null; up++, p = p.getParent()) {
                java.nio.file.Path script = p.resolve("taipan");
                if (java.nio.file.Files.isRegularFile(script) && java.nio.file.Files.isExecutable(script)
                        && java.nio.file.Files.isDirectory(p.resolve("repl"))) {
                    return script.toString();
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "";
        }
        return "";
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** A named tuple of sys (version_info, float_info, flags, ...): a tuple whose items are also attributes. */
    public static final class StructSeq extends PyTuple {
        /** One struct sequence type and its field names. */
        public static final class Kind {
            public final PyType type;
            final String[] fields;

            /** The qualified name reprs and errors show ("sys.flags", or a bare "asyncgen_hooks"). */
            final String fullName;

            Kind(String name, String... fields) {
                this("sys", name, fields);
            }

            /** A struct sequence type of the given module; with a null module, a builtins type named without a prefix. */
            Kind(String module, String name, String[] fields) {
                this.fields = fields;
                this.fullName = module == null ? name : module + "." + name;
                this.type = new PyType(name, PyTuple.TYPE, true, null).markFinal();
                type.module = module == null ? "builtins" : module;
                type.staticNew((cls, args, kw) -> {
                    throw Errors.typeError("cannot create '" + fullName + "' instances");
                });
                type.method0("__repr__", self -> PyStr.of(self.repr()));
                for (int k = 0; k < fields.length; k++) {
                    final int ix = k;
                    type.getset(fields[k], self -> ((PyTuple) self).items[ix]);
                }
                type.define("n_fields", PyInt.of(fields.length)).define("n_sequence_fields", PyInt.of(fields.length))
                        .define("n_unnamed_fields", PyInt.of(0));
            }

            StructSeq make(PyObject... values) {
                return new StructSeq(this, values);
            }
        }

        private final Kind kind;

        StructSeq(Kind kind, PyObject[] items) {
            super(items);
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return kind.type;
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder(kind.fullName).append('(');
            for (int k = 0; k < kind.fields.length; k++) {
                if (k > 0) sb.append(", ");
                sb.append(kind.fields[k]).append('=').append(items[k].repr());
            }
            return sb.append(')').toString();
        }
    }

    /** A simple attribute namespace (sys.implementation), printed as namespace(a=1, b=2). */
    public static final class Namespace extends PyObject {
        public static final PyType TYPE = new PyType("SimpleNamespace", PyType.OBJECT, true, null).markFinal();
        private final PyDict dict = new PyDict();

        static {
            TYPE.module = "types";
            TYPE.method0("__repr__", self -> PyStr.of(self.repr()));
        }

        public Namespace(String[] names, PyObject[] values) {
            for (int k = 0; k < names.length; k++) dict.putStr(names[k], values[k]);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("namespace(");
            boolean first = true;
            for (int k = 0; k < dict.limit(); k++) {
                PyObject key = dict.keyAt(k);
                if (key == null) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(key.str()).append('=').append(dict.valueAtPos(k).repr());
            }
            return sb.append(')').toString();
        }
    }
}
