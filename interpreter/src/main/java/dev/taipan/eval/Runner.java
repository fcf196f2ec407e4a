package dev.taipan.eval;

import dev.taipan.ast.Expr;
import dev.taipan.ast.Module;
import dev.taipan.parse.PythonParser;
import dev.taipan.runtime.Code;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.ThreadState;

/** Parses, resolves, compiles and runs source text: modules, exec() and eval(). */
public final class Runner {
    private Runner() {}

    /** Compiles a whole module's source into its code object (SyntaxErrorException on bad input). */
    public static Code compileModule(String source, String filename) {
        return compileParsed(parseModule(source, filename), filename);
    }

    /** Parses a module, issuing its SyntaxWarnings (invalid escapes, "is" with a literal, ...) as CPython's compiler does. */
    private static Module parseModule(String source, String filename) {
        PythonParser p = new PythonParser(source, filename);
        Module m = p.parseModule();
        warn(p.warnings());
        return m;
    }

    private static Expr parseExpression(String source, String filename) {
        PythonParser p = new PythonParser(PythonParser.stripLeadingBlanks(source), filename);
        Expr e = p.parseExpression();
        warn(p.warnings());
        return e;
    }

    /** Each warning through the warnings machinery (filters, -W, showwarning), located at its file and line. */
    private static void warn(java.util.List<dev.taipan.parse.ParseWarning> warnings) {
        if (warnings.isEmpty()) return;
        dev.taipan.runtime.Warnings w = dev.taipan.runtime.Warnings.of(dev.taipan.runtime.ThreadState.current().interp);
        for (dev.taipan.parse.ParseWarning pw : warnings) {
            w.warnExplicit(dev.taipan.runtime.PyExc.SyntaxWarning, PyStr.of(pw.message()), pw.filename(), pw.lineno(), null, null, null, null);
        }
    }

    /** Like compileModule, but a syntax error becomes a raisable Python SyntaxError. */
    public static Code compileForImport(String source, String filename) {
        try {
            return compileModule(source, filename);
        } catch (dev.taipan.parse.SyntaxErrorException se) {
            throw toPython(se, source, false);
        }
    }

    /**
     * Like compileForImport, reading the tree from tree (the module's {@link dev.taipan.parse.AstCodec}
     * form, made at build time) when it was made from this very source (checked when verify: the
     * source may have been edited since); else parsing source.
     */
    public static Code compileForImport(String source, String filename, byte[] tree, boolean verify) {
        Module m = tree == null ? null : dev.taipan.parse.AstCodec.decode(tree, source, filename, verify);
        if (m == null) return compileForImport(source, filename);
        Resolver r = Resolver.resolveModule(m.body(), m, filename, m.lines(), false);
        Compiler c = new Compiler(r, filename, m.lines());
        c.deferBodies = true;
        return c.compileModule(m.body(), m, "<module>");
    }

    private static Code compileParsed(Module m, String filename) {
        Resolver r = Resolver.resolveModule(m.body(), m, filename, m.lines(), false);
        return new Compiler(r, filename, m.lines()).compileModule(m.body(), m, "<module>");
    }

    /** Runs module code with the given globals as its namespace. */
    public static PyObject runModuleCode(Code code, PyDict globals, InterpState interp) {
        String doc = ((FunctionCode) code).doc;
        if (doc != null) globals.putStr("__doc__", PyStr.of(doc));
        else if (globals.getStr("__doc__") == null) globals.putStr("__doc__", dev.taipan.runtime.PyNone.NONE);
        Frame f = new Frame(code, null, globals, interp.builtins, 0);
        return ((FunctionCode) code).run(f);
    }

    /** exec/eval of a string with a globals dict and an optional separate locals mapping. */
    public static PyObject runSource(String source, String filename, String mode, PyDict globals, PyObject locals) {
        try {
            return runSourceRaw(source, filename, mode, globals, locals);
        } catch (dev.taipan.parse.SyntaxErrorException se) {
            throw toPython(se, source, mode.equals("eval"));
        }
    }

    private static PyObject runSourceRaw(String source, String filename, String mode, PyDict globals, PyObject locals) {
        InterpState interp = ThreadState.current().interp;
        if (globals.getStr("__builtins__") == null) globals.putStr("__builtins__", interp.builtinsModule);
        boolean separateLocals = locals != null && locals != globals;
        FunctionCode code;
        if (mode.equals("eval")) {
            Expr e = parseExpression(source, filename);
            String[] lines = source.split("\n", -1);
            java.util.List<dev.taipan.ast.Stmt> body = java.util.List.of(new dev.taipan.ast.Stmt.ExprStmt(e.at(), e));
            Resolver r = Resolver.resolveModule(body, e, filename, lines, separateLocals);
            code = new Compiler(r, filename, lines).compileExpression(e, e);
        } else {
            Module m = parseModule(source, filename);
            Resolver r = Resolver.resolveModule(m.body(), m, filename, m.lines(), separateLocals);
            code = new Compiler(r, filename, m.lines()).compileModule(m.body(), m, "<module>");
        }
        PyObject b = globals.getStr("__builtins__");
        PyDict builtins = b instanceof PyDict bd ? bd : b instanceof dev.taipan.runtime.PyModule bm ? bm.globals : interp.builtins;
        Frame f = new Frame(code, null, globals, builtins, 0);
        if (separateLocals) f.namespace = locals;
        return code.run(f);
    }

    private static boolean lineEndsWithNewline(String source, int lineno) {
        if (source == null) return true;
        int pos = 0;
        for (int i = 1; i < lineno && pos >= 0; i++) {
            pos = source.indexOf('\n', pos);
            if (pos >= 0) pos++;
        }
        return pos >= 0 && source.indexOf('\n', pos) >= 0;
    }

    /** Parses, resolves and compiles source without running it, raising SyntaxError as CPython's compile() does. */
    public static void check(String source, String filename, String mode) {
        try {
            if (mode.equals("eval")) {
                Expr e = parseExpression(source, filename);
                String[] lines = source.split("\n", -1);
                java.util.List<dev.taipan.ast.Stmt> body = java.util.List.of(new dev.taipan.ast.Stmt.ExprStmt(e.at(), e));
                Resolver r = Resolver.resolveModule(body, e, filename, lines, false);
                new Compiler(r, filename, lines).compileExpression(e, e);
            } else {
                compileParsed(parseModule(source, filename), filename);
            }
        } catch (dev.taipan.parse.SyntaxErrorException se) {
            throw toPython(se, source, mode.equals("eval"));
        }
    }

    /** Converts a parse-time error into a raisable SyntaxError (IndentationError, TabError). */
    public static dev.taipan.runtime.PyException toPython(dev.taipan.parse.SyntaxErrorException se) {
        return toPython(se, null);
    }

    /** As CPython: in exec mode the text always ends with a newline; in eval mode only when the source line had one. */
    public static dev.taipan.runtime.PyException toPython(dev.taipan.parse.SyntaxErrorException se, String source, boolean evalMode) {
        return toPython(se, evalMode ? source : null);
    }

    /** The text keeps its newline when the source line had one (source null: always). */
    public static dev.taipan.runtime.PyException toPython(dev.taipan.parse.SyntaxErrorException se, String source) {
        dev.taipan.runtime.PyType t = switch (se.kind) {
            case "IndentationError" -> dev.taipan.runtime.PyExc.IndentationError;
            case "TabError" -> dev.taipan.runtime.PyExc.TabError;
            default -> dev.taipan.runtime.PyExc.SyntaxError;
        };
        PyObject none = dev.taipan.runtime.PyNone.NONE;
        PyObject details = dev.taipan.runtime.PyTuple.of(PyStr.of(se.filename), dev.taipan.runtime.PyInt.of(se.lineno),
                dev.taipan.runtime.PyInt.of(se.offset), se.text == null ? none : PyStr.of(se.text + (lineEndsWithNewline(source, se.lineno) ? "\n" : "")),
                dev.taipan.runtime.PyInt.of(se.endLineno), dev.taipan.runtime.PyInt.of(se.endOffset));
        dev.taipan.runtime.PyBaseException e = new dev.taipan.runtime.PyBaseException(t, PyStr.of(se.msg), details);
        return new dev.taipan.runtime.PyException(e);
    }
}
