package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Protocols;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import java.util.Arrays;

/**
 * A structure sequence such as time.struct_time: a tuple of its visible fields that also
 * names them as attributes, and may carry further attributes that are not part of the tuple.
 */
final class StructSeq extends PyTuple {

    /** The type and field names of one kind of structure sequence (shared by every interpreter). */
    static final class Shape {
        final PyType type;
        final String qualifiedName;
        final String[] visible;
        final String[] hidden;

        Shape(String module, String name, String[] visible, String[] hidden) {
            this.type = new PyType(name, PyTuple.TYPE, true, null).markFinal();
            this.type.module = module;
            this.qualifiedName = module + "." + name;
            this.visible = visible;
            this.hidden = hidden;
            for (int i = 0; i < visible.length; i++) {
                final int ix = i;
                type.getset(visible[i], o -> ((StructSeq) o).items[ix]);
            }
            for (int i = 0; i < hidden.length; i++) {
                final int ix = i;
                type.getset(hidden[i], o -> ((StructSeq) o).extra[ix]);
            }
            type.define("n_sequence_fields", dev.taipan.runtime.PyInt.of(visible.length));
            type.define("n_fields", dev.taipan.runtime.PyInt.of(visible.length + hidden.length));
            type.define("n_unnamed_fields", dev.taipan.runtime.PyInt.of(0));
            type.staticNew((cls, args, kw) -> create(args, kw));
            type.skipInit = true;
        }

        /** struct_time(sequence): the visible fields, then optionally the hidden ones. */
        private PyObject create(PyObject[] args, String[] kw) {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError(qualifiedName + "() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw Errors.typeError(qualifiedName + "() takes at most 2 arguments (" + args.length + " given)");
            }
            PyObject[] seq = Protocols.toArray(args[0]);
            int min = visible.length, max = visible.length + hidden.length;
            if (seq.length < min) {
                String at = min == max ? "a" : "an at least";
                throw Errors.typeError(qualifiedName + "() takes " + at + " " + min + "-sequence (" + seq.length + "-sequence given)");
            }
            if (seq.length > max) {
                String at = min == max ? "a" : "an at most";
                throw Errors.typeError(qualifiedName + "() takes " + at + " " + max + "-sequence (" + seq.length + "-sequence given)");
            }
            PyObject[] extra = new PyObject[hidden.length];
            Arrays.fill(extra, PyNone.NONE);
            System.arraycopy(seq, min, extra, 0, seq.length - min);
            return new StructSeq(this, Arrays.copyOf(seq, min), extra);
        }

        StructSeq make(PyObject[] fields, PyObject... extra) {
            return new StructSeq(this, fields, extra);
        }
    }

    final Shape shape;
    final PyObject[] extra;

    private StructSeq(Shape shape, PyObject[] fields, PyObject[] extra) {
        super(fields);
        this.shape = shape;
        this.extra = extra;
    }

    @Override
    public PyType type() {
        return shape.type;
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(shape.qualifiedName).append('(');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(shape.visible[i]).append('=').append(items[i].repr());
        }
        return sb.append(')').toString();
    }

    @Override
    public String str() {
        return repr();
    }

    /** The hidden field named name, or null. */
    PyObject hidden(String name) {
        for (int i = 0; i < shape.hidden.length; i++) {
            if (shape.hidden[i].equals(name)) return extra[i];
        }
        return null;
    }
}
