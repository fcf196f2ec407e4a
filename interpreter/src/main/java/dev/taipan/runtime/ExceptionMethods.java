package dev.taipan.runtime;

/** BaseException's attributes and methods, and the extra attributes of the built-in subclasses. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    private static PyBaseException exc(PyObject o) {
        return (PyBaseException) o;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyObject arg(PyBaseException e, int i) {
        return e.args.size() > i ? e.args.get(i) : PyNone.NONE;
    }

    /** (type, args) or (type, args, __dict__): what pickle and copy rebuild an exception from. */
    static PyObject reduce(PyBaseException e, PyTuple args) {
        PyDict d = e.dict();
        if (d != null && d.len() > 0) return PyTuple.of(e.type(), args, d);
        return PyTuple.of(e.type(), args);
    }

    static void install() {
        PyType b = PyExc.BaseException;
        b.define("args", new PyGetSet(b, "args", o -> exc(o).args, (o, v) -> exc(o).args = PyTuple.wrap(Protocols.toArray(v))));
        b.define("__traceback__", new PyGetSet(b, "__traceback__", o -> orNone(exc(o).traceback), (o, v) -> {
            if (v == PyNone.NONE) exc(o).traceback = null;
            else if (v instanceof PyTraceback tb) exc(o).traceback = tb;
            else throw Errors.typeError("__traceback__ must be a traceback or None");
        }));
        b.define("__cause__", new PyGetSet(b, "__cause__", o -> orNone(exc(o).cause), (o, v) -> {
            if (v == PyNone.NONE) exc(o).cause = null;
            else if (v instanceof PyBaseException c) exc(o).cause = c;
            else throw Errors.typeError("exception cause must be None or derive from BaseException");
            exc(o).suppressContext = true;
        }));
        b.define("__context__", new PyGetSet(b, "__context__", o -> orNone(exc(o).context), (o, v) -> {
            if (v == PyNone.NONE) exc(o).context = null;
            else if (v instanceof PyBaseException c) exc(o).context = c;
            else throw Errors.typeError("exception context must be None or derive from BaseException");
        }));
        b.define("__suppress_context__", new PyGetSet(b, "__suppress_context__", o -> PyBool.of(exc(o).suppressContext),
                (o, v) -> exc(o).suppressContext = v.isTrue()));
        b.method("__init__", (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError(self.type().name + "() takes no keyword arguments");
            }
            exc(self).args = PyTuple.of(args);
            return PyNone.NONE;
        });
        b.method0("__str__", self -> PyStr.of(exc(self).builtinStr()));
        b.method0("__repr__", self -> PyStr.of(exc(self).builtinRepr()));
        b.method0("__reduce__", self -> reduce(exc(self), exc(self).args));
        b.method1("__setstate__", (self, state) -> {
            if (state instanceof PyDict d) {
                for (int i = 0; i < d.limit(); i++) {
                    PyObject k = d.keyAt(i);
                    if (k != null) self.setAttr(k.str(), d.valueAtPos(i));
                }
            } else if (state != PyNone.NONE) {
                throw Errors.typeError("state is not a dictionary");
            }
            return PyNone.NONE;
        });
        b.method1("with_traceback", (self, tb) -> {
            b.lookup("__traceback__").descrSet(self, tb);
            return self;
        });
        b.method1("add_note", (self, note) -> {
            if (!(note instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '" + note.type().name + "'");
            }
            PyBaseException e = exc(self);
            PyObject notes = e.slot("__notes__");
            if (notes == null) {
                notes = new PyList();
                e.setSlot("__notes__", notes);
            } else if (!(notes instanceof PyList)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(note);
            return PyNone.NONE;
        });

        PyExc.StopIteration.define("value", new PyGetSet(PyExc.StopIteration, "value", o -> {
            PyObject v = exc(o).slot("value");
            return v != null ? v : arg(exc(o), 0);
        }, (o, v) -> exc(o).setSlot("value", v)));
        PyExc.StopAsyncIteration.define("value", new PyGetSet(PyExc.StopAsyncIteration, "value", o -> arg(exc(o), 0), null));
        PyExc.SystemExit.define("code", new PyGetSet(PyExc.SystemExit, "code", o -> {
            PyBaseException e = exc(o);
            PyObject v = e.slot("code");
            if (v != null) return v;
            return e.args.size() == 0 ? PyNone.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
        }, (o, v) -> exc(o).setSlot("code", v)));
        for (String n : new String[] {"name", "obj"}) {
            PyExc.AttributeError.define(n, new PyGetSet(PyExc.AttributeError, n, o -> orNone(exc(o).slot(n)), (o, v) -> exc(o).setSlot(n, v)));
        }
        PyExc.NameError.define("name", new PyGetSet(PyExc.NameError, "name", o -> orNone(exc(o).slot("name")), (o, v) -> exc(o).setSlot("name", v)));
        for (String n : new String[] {"name", "path"}) {
            PyExc.ImportError.define(n, new PyGetSet(PyExc.ImportError, n, o -> orNone(exc(o).slot(n)), (o, v) -> exc(o).setSlot(n, v)));
        }
        PyExc.ImportError.define("msg", new PyGetSet(PyExc.ImportError, "msg", o -> arg(exc(o), 0), null));
        PyType se = PyExc.SyntaxError;
        se.define("msg", new PyGetSet(se, "msg", o -> arg(exc(o), 0), null));
        String[] fields = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        for (int i = 0; i < fields.length; i++) {
            final int k = i;
            String f = fields[i];
            se.define(f, new PyGetSet(se, f, o -> {
                PyObject v = exc(o).slot(f);
                if (v != null) return v;
                PyObject details = exc(o).args.size() >= 2 ? exc(o).args.get(1) : null;
                if (details instanceof PyTuple t && t.size() > k) return t.get(k);
                return PyNone.NONE;
            }, (o, v) -> exc(o).setSlot(f, v)));
        }
        se.define("print_file_and_line", PyNone.NONE);
        ExceptionGroups.install();
    }
}
