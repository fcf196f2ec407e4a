package dev.taipan.eval;

import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyObject;

/** Something a value can be assigned to or deleted from: a name, attribute, subscript or unpacking pattern. */
abstract class TargetNode extends ExprNode {
    TargetNode(dev.taipan.ast.Span at) {
        super(at);
    }

    abstract void assign(Frame f, PyObject value);

    abstract void delete(Frame f);
}
