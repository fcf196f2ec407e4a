package dev.taipan.parse;

import java.util.HashSet;
import java.util.Set;

/** One scope of ContextChecker's walk: its kind, enclosing scope, loop depth and comprehension variables. */
final class CheckScope {
    enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, LIST_COMP, SET_COMP, DICT_COMP, GENEXP }

    final Kind kind;
    final CheckScope parent;
    /** For an async function: whether it yields (then `return value` is an error). */
    final boolean generator;
    int loops;
    final Set<String> iterationNames = new HashSet<>();

    CheckScope(Kind kind, CheckScope parent, boolean generator) {
        this.kind = kind;
        this.parent = parent;
        this.generator = generator;
    }

    boolean isComprehension() {
        return kind.ordinal() >= Kind.LIST_COMP.ordinal();
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.ASYNC_FUNCTION || kind == Kind.LAMBDA || isComprehension();
    }

    /** The nearest enclosing scope that is not a comprehension. */
    CheckScope owner() {
        CheckScope sc = this;
        while (sc.isComprehension()) {
            sc = sc.parent;
        }
        return sc;
    }
}
