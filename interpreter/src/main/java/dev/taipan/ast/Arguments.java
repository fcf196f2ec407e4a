package dev.taipan.ast;

import java.util.List;

/**
 * A parameter list, as in Python's ast: defaults align with the tail of posonly+args;
 * kwDefaults align with kwonly (null where a keyword-only parameter has no default).
 */
public record Arguments(List<Arg> posonly, List<Arg> args, Arg vararg, List<Arg> kwonly,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}
