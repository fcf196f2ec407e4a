package dev.taipan.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The symbol table of one module, class, function, lambda or comprehension body, and where each name lives. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** Where a name is stored at run time. */
    enum Where { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAMESPACE }

    static final int BOUND = 1, PARAM = 2, GLOBAL = 4, NONLOCAL = 8, USED = 16;

    final Kind kind;
    final String name;
    final Scope parent;
    final boolean isComprehension;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final Map<String, Where> where = new LinkedHashMap<>();
    /** Slot of every LOCAL/CELL/FREE name (function scopes; class scopes only for FREE/CELL). */
    final Map<String, Integer> slots = new LinkedHashMap<>();
    final List<String> slotNames = new ArrayList<>();
    final List<String> freeVars = new ArrayList<>();
    final List<String> cellVars = new ArrayList<>();
    boolean isGenerator;
    boolean isCoroutine;
    /** A class scope whose methods use super() or __class__. */
    boolean needsClassCell;
    /** A function that uses super() with no arguments. */
    boolean usesSuper;
    /** Class-scope names that are both class attributes and free variables passed through to methods. */
    final java.util.Set<String> classFreeOverlap = new java.util.LinkedHashSet<>();

    Scope(Kind kind, String name, Scope parent, boolean isComprehension) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.isComprehension = isComprehension;
        if (parent != null) parent.children.add(this);
        this.privateName = kind == Kind.CLASS ? name : parent == null ? null : parent.privateName;
    }

    /** The class name private (__x) identifiers are mangled with inside this scope, or null. */
    final String privateName;

    /** __x becomes _Class__x inside a class (but not __x__ or dotted names), as CPython does. */
    String mangle(String n) {
        if (privateName == null || !n.startsWith("__") || n.endsWith("__") || n.indexOf('.') >= 0) return n;
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return n;
        return "_" + privateName.substring(i) + n;
    }

    void add(String n, int flag) {
        flags.merge(n, flag, (a, b) -> a | b);
    }

    int flagsOf(String n) {
        return flags.getOrDefault(n, 0);
    }

    Where whereOf(String n) {
        Where w = where.get(n);
        if (w != null) return w;
        return switch (kind) {
            case MODULE -> Where.GLOBAL_IMPLICIT;
            case CLASS -> Where.NAMESPACE;
            case FUNCTION -> Where.GLOBAL_IMPLICIT;
        };
    }

    int slotOf(String n) {
        Integer s = slots.get(n);
        if (s == null) throw new IllegalStateException("no slot for " + n + " in " + name);
        return s;
    }

    int addSlot(String n) {
        Integer s = slots.get(n);
        if (s != null) return s;
        int ix = slotNames.size();
        slots.put(n, ix);
        slotNames.add(n);
        return ix;
    }
}
