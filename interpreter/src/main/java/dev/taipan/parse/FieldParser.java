package dev.taipan.parse;

import dev.taipan.ast.Expr;

/** Parses the expression of an f-string replacement field, given as a range of the source. */
interface FieldParser {
    Expr parseField(int start, int end);
}
