package dev.taipan.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.ast.Module;
import dev.taipan.parse.PythonParser;
import dev.taipan.parse.SyntaxErrorException;
import org.junit.jupiter.api.Test;

/** Where the scope pass puts names: locals, cells, free variables, globals and class namespaces. */
class ResolverTest {

    private record Resolved(Resolver resolver, Module tree) {
        Scope module() {
            return resolver.scopeOf(tree);
        }

        Scope function(String name) {
            return find(module(), name);
        }

        private static Scope find(Scope s, String name) {
            if (s.name.equals(name)) return s;
            for (Scope c : s.children) {
                Scope r = find(c, name);
                if (r != null) return r;
            }
            return null;
        }
    }

    private static Resolved resolve(String src) {
        Module m = PythonParser.parseModule(src, "t.py");
        return new Resolved(Resolver.resolveModule(m.body(), m, "t.py", m.lines(), false), m);
    }

    @Test
    void parametersAndAssignmentsAreLocalSlotsInOrder() {
        Scope f = resolve("def f(a, b=1, *c, d, **e):\n    x = a\n    return x\n").function("f");
        assertEquals(Scope.Where.LOCAL, f.whereOf("a"));
        assertEquals(Scope.Where.LOCAL, f.whereOf("x"));
        assertEquals(java.util.List.of("a", "b", "d", "c", "e", "x"), f.slotNames);
    }

    @Test
    void readOnlyNamesAreGlobal() {
        Scope f = resolve("y = 1\ndef f():\n    return y + len([])\n").function("f");
        assertEquals(Scope.Where.GLOBAL_IMPLICIT, f.whereOf("y"));
        assertEquals(Scope.Where.GLOBAL_IMPLICIT, f.whereOf("len"));
    }

    @Test
    void capturedVariablesBecomeCellsAndFreeVariables() {
        Resolved r = resolve("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n");
        assertEquals(Scope.Where.CELL, r.function("outer").whereOf("n"));
        assertEquals(Scope.Where.FREE, r.function("inner").whereOf("n"));
        assertEquals(java.util.List.of("n"), r.function("inner").freeVars);
    }

    @Test
    void freeVariablesPassThroughIntermediateFunctions() {
        Resolved r = resolve("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n");
        assertEquals(Scope.Where.FREE, r.function("b").whereOf("v"));
        assertEquals(Scope.Where.FREE, r.function("c").whereOf("v"));
    }

    @Test
    void globalDeclarationWins() {
        Scope f = resolve("def f():\n    global g\n    g = 2\n").function("f");
        assertEquals(Scope.Where.GLOBAL_EXPLICIT, f.whereOf("g"));
    }

    @Test
    void classBodiesDoNotEncloseTheirMethods() {
        Resolved r = resolve("class C:\n    x = 1\n    def m(self):\n        return x\n");
        assertEquals(Scope.Where.NAMESPACE, r.function("C").whereOf("x"));
        assertEquals(Scope.Where.GLOBAL_IMPLICIT, r.function("m").whereOf("x"));
    }

    @Test
    void zeroArgumentSuperGetsTheClassCell() {
        Resolved r = resolve("class C(B):\n    def m(self):\n        return super().m()\n");
        assertTrue(r.function("C").needsClassCell);
        assertEquals(Scope.Where.FREE, r.function("m").whereOf("__class__"));
    }

    @Test
    void comprehensionsHaveTheirOwnScope() {
        Resolved r = resolve("def f(xs):\n    return [x for x in xs]\n");
        Scope comp = r.function("<comprehension>");
        assertEquals(Scope.Where.LOCAL, comp.whereOf("x"));
        assertFalse(r.function("f").where.containsKey("x"));
    }

    @Test
    void walrusInComprehensionBindsInTheEnclosingFunction() {
        Resolved r = resolve("def f(xs):\n    [y := x for x in xs]\n    return y\n");
        assertEquals(Scope.Where.CELL, r.function("f").whereOf("y"));
        assertEquals(Scope.Where.FREE, r.function("<comprehension>").whereOf("y"));
    }

    @Test
    void generatorsAreDetected() {
        assertTrue(resolve("def g():\n    yield 1\n").function("g").isGenerator);
        assertFalse(resolve("def g():\n    return 1\n").function("g").isGenerator);
    }

    @Test
    void scopeErrorsUseCPythonMessages() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> resolve("def f():\n    def g():\n        nonlocal q\n"));
        assertEquals("no binding for nonlocal 'q' found", e.msg);
        e = assertThrows(SyntaxErrorException.class, () -> resolve("def f():\n    x = 1\n    global x\n"));
        assertEquals("name 'x' is assigned to before global declaration", e.msg);
        e = assertThrows(SyntaxErrorException.class, () -> resolve("nonlocal x\n"));
        assertEquals("nonlocal declaration not allowed at module level", e.msg);
    }
}
