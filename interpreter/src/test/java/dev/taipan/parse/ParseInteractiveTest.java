package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** parseInteractive: input that ends inside an open construct is incomplete (read more), not an error. */
class ParseInteractiveTest {
    private static boolean incomplete(String source) {
        try {
            PythonParser.parseInteractive(source, "<stdin>");
            return false;
        } catch (SyntaxErrorException e) {
            return e.incomplete;
        }
    }

    @Test
    void openConstructsAreIncomplete() {
        assertTrue(incomplete("if x:\n"));
        assertTrue(incomplete("def f():\n"));
        assertTrue(incomplete("class A:\n    def f(self):\n"));
        assertTrue(incomplete("x = (1,\n"));
        assertTrue(incomplete("x = [1,\n  2,\n"));
        assertTrue(incomplete("x = \"\"\"abc\n"));
        assertTrue(incomplete("x = 1 + \\\n"));
        assertTrue(incomplete("@decorator\n"));
        assertTrue(incomplete("for x in y:\n    pass\nelse:\n"));
        assertTrue(incomplete("try:\n    pass\n"));
        assertTrue(incomplete("x = f\"\"\"{1\n"));
    }

    @Test
    void finishedInputParses() {
        assertEquals(1, PythonParser.parseInteractive("print('hi')\n", "<stdin>").body().size());
        assertEquals(1, PythonParser.parseInteractive("if x:\n    pass\n", "<stdin>").body().size());
        assertEquals(1, PythonParser.parseInteractive("x = [1,\n  2]\n", "<stdin>").body().size());
    }

    @Test
    void realErrorsAreNotIncomplete() {
        assertFalse(incomplete("x = \n"));
        assertFalse(incomplete("x = \"abc\n"));
        assertFalse(incomplete("1 = x\n"));
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> PythonParser.parseInteractive("a b\n", "<stdin>"));
        assertEquals("invalid syntax", e.msg);
        assertFalse(e.incomplete);
    }

    @Test
    void aModuleParseIsNeverIncomplete() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> PythonParser.parseModule("if x:\n", "t.py"));
        assertFalse(e.incomplete);
        assertEquals("IndentationError", e.kind);
    }
}
