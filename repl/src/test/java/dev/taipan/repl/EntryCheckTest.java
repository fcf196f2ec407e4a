package dev.taipan.repl;

import org.junit.jupiter.api.Test;

import static dev.taipan.repl.EntryCheck.Status.COMPLETE;
import static dev.taipan.repl.EntryCheck.Status.ERROR;
import static dev.taipan.repl.EntryCheck.Status.INCOMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** When the prompt reads another line, runs the entry, or reports it at once. */
class EntryCheckTest {
    @Test
    void simpleStatementsAreComplete() {
        assertEquals(COMPLETE, EntryCheck.status("x = 1"));
        assertEquals(COMPLETE, EntryCheck.status("await asyncio.sleep(1)"));
        assertEquals(COMPLETE, EntryCheck.status("x = [1,\n 2]"));
        assertEquals(COMPLETE, EntryCheck.status("# only a comment"));
    }

    @Test
    void openConstructsReadMore() {
        assertEquals(INCOMPLETE, EntryCheck.status("if x:"));
        assertEquals(INCOMPLETE, EntryCheck.status("x = (1,"));
        assertEquals(INCOMPLETE, EntryCheck.status("x = (1,\n"));
        assertEquals(INCOMPLETE, EntryCheck.status("s = '''abc"));
        assertEquals(INCOMPLETE, EntryCheck.status("x = 1 + \\"));
        assertEquals(INCOMPLETE, EntryCheck.status("@decorator"));
        assertEquals(INCOMPLETE, EntryCheck.status("async with lock:"));
    }

    @Test
    void aCompoundStatementEndsAtABlankLine() {
        assertEquals(INCOMPLETE, EntryCheck.status("def f():\n    return 1"));
        assertEquals(INCOMPLETE, EntryCheck.status("for i in x: print(i)"));
        assertEquals(COMPLETE, EntryCheck.status("def f():\n    return 1\n"));
        assertEquals(COMPLETE, EntryCheck.status("def f():\n    return 1\n    "));
        assertEquals(INCOMPLETE, EntryCheck.status("if x:\n    pass\nelse:"));
    }

    @Test
    void realErrorsAreReportedAtOnce() {
        assertEquals(ERROR, EntryCheck.status("1 +"));
        assertEquals(ERROR, EntryCheck.status("x = )"));
        assertEquals(ERROR, EntryCheck.status("def f(:"));
        // a block that never got its body
        assertEquals(ERROR, EntryCheck.status("if x:\n"));
    }

    @Test
    void indentationOfTheNextLine() {
        assertEquals(4, EntryCheck.indentAfter("if x:"));
        assertEquals(8, EntryCheck.indentAfter("def f():\n    for i in y:  # each"));
        assertEquals(4, EntryCheck.indentAfter("def f():\n    x = 1"));
        assertEquals(0, EntryCheck.indentAfter("def f():\n    return 1"));
        assertEquals(0, EntryCheck.indentAfter("x = (1,"));
    }
}
