package dev.taipan.eval;

import dev.taipan.ast.Module;
import dev.taipan.ast.Span;
import dev.taipan.parse.PythonParser;
import dev.taipan.runtime.Code;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.ThreadState;

/**
 * One input of the asyncio REPL, compiled as CPython compiles it with mode 'single' and
 * PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for and async with may appear at module level,
 * the value of each module-level expression statement goes to sys.displayhook, and the code
 * is a coroutine, so that the REPL runs every input as a task on its event loop.
 */
public final class InteractiveInput {
    private InteractiveInput() {}

    /** Compiles one complete input (SyntaxErrorException when it is not valid Python). */
    public static Code compile(String source, String filename) {
        Module m = PythonParser.parseInteractiveAsync(source, filename);
        Resolver r = Resolver.resolveModule(m.body(), m, filename, m.lines(), false);
        Compiler c = new Compiler(r, filename, m.lines());
        c.interactive = true;
        Code code = c.compileModule(m.body(), m, "<module>");
        code.flags |= Code.COROUTINE;
        return code;
    }

    /** The coroutine that runs compiled input in the namespace globals (not started). */
    public static PyObject coroutine(Code code, PyDict globals, InterpState interp) {
        PyObject b = globals.getStr("__builtins__");
        PyDict builtins = b instanceof PyModule bm ? bm.globals : b instanceof PyDict bd ? bd : interp.builtins;
        Frame f = new Frame(code, null, globals, builtins, 0);
        return new PyGenerator((FunctionCode) code, f, null);
    }

    /** A module-level expression statement of interactive input: its value goes to sys.displayhook. */
    static final class PrintExpr extends StmtNode {
        private final ExprNode value;

        PrintExpr(Span at, ExprNode value) {
            super(at);
            this.value = value;
        }

        @Override
        int exec(Frame f) {
            PyObject v = value.eval(f);
            PyObject hook = ThreadState.current().interp.sys.globals.getStr("displayhook");
            if (hook == null) throw Errors.runtimeError("lost sys.displayhook");
            hook.call(v);
            return NORMAL;
        }
    }
}
