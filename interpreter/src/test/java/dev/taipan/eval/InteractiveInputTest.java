package dev.taipan.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.parse.SyntaxErrorException;
import dev.taipan.runtime.Code;
import org.junit.jupiter.api.Test;

/** The REPL's compile mode: await at module level (CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT), and nowhere else new. */
class InteractiveInputTest {
    private static String error(String source) {
        return assertThrows(SyntaxErrorException.class, () -> InteractiveInput.compile(source, "<in>")).msg;
    }

    @Test
    void awaitAsyncForAndAsyncWithAtModuleLevel() {
        for (String ok : new String[] {"await f()", "x = [await g for g in y]", "async for i in a:\n    pass\n",
                "async with m:\n    pass\n", "if x:\n    await f()\n", "[i async for i in a]", "(await x for x in y)"}) {
            Code code = InteractiveInput.compile(ok + "\n", "<in>");
            assertTrue((code.flags & Code.COROUTINE) != 0, ok);
        }
    }

    @Test
    void notInClassBodiesLambdasOrPlainFunctions() {
        assertEquals("'await' outside function", error("class A:\n    x = await f()\n"));
        assertEquals("'await' outside async function", error("def f():\n    await g()\n"));
        assertEquals("'await' outside async function", error("f = lambda: await g()\n"));
        assertEquals("'async for' outside async function", error("def f():\n    async for i in a:\n        pass\n"));
    }

    @Test
    void returnAndYieldStayErrors() {
        assertEquals("'return' outside function", error("return 1\n"));
        assertEquals("'yield' outside function", error("yield 1\n"));
    }
}
