package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyCell;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyFunction;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;

/** def, lambda, class and comprehension nodes: each makes a function object from its code and the current frame. */
final class Definitions {
    private Definitions() {}

    /** Collects the closure cells the inner code needs from the current frame's slots. */
    static PyCell[] closure(Frame f, int[] sourceSlots) {
        if (sourceSlots.length == 0) return null;
        PyCell[] cells = new PyCell[sourceSlots.length];
        for (int i = 0; i < cells.length; i++) cells[i] = (PyCell) f.locals[sourceSlots[i]];
        return cells;
    }

    static final class MakeFunction extends ExprNode {
        final FunctionCode code;
        final ExprNode[] defaults;
        final String[] kwdefaultNames;
        final ExprNode[] kwdefaults;
        final int[] closureSlots;
        final ExprNode[] decorators;
        final String[] annotationNames;
        final ExprNode[] annotations;
        final String doc;

        MakeFunction(Span at, FunctionCode code, ExprNode[] defaults, String[] kwdefaultNames, ExprNode[] kwdefaults, int[] closureSlots,
                     ExprNode[] decorators, String[] annotationNames, ExprNode[] annotations, String doc) {
            super(at);
            this.code = code;
            this.defaults = defaults;
            this.kwdefaultNames = kwdefaultNames;
            this.kwdefaults = kwdefaults;
            this.closureSlots = closureSlots;
            this.decorators = decorators;
            this.annotationNames = annotationNames;
            this.annotations = annotations;
            this.doc = doc;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject[] decs = new PyObject[decorators.length];
            for (int i = 0; i < decs.length; i++) decs[i] = decorators[i].eval(f);
            PyObject[] defs = null;
            if (defaults.length > 0) {
                defs = new PyObject[defaults.length];
                for (int i = 0; i < defs.length; i++) defs[i] = defaults[i].eval(f);
            }
            PyDict kwd = null;
            for (int i = 0; i < kwdefaults.length; i++) {
                if (kwdefaults[i] == null) continue;
                if (kwd == null) kwd = new PyDict();
                kwd.putStr(kwdefaultNames[i], kwdefaults[i].eval(f));
            }
            PyDict ann = null;
            if (annotations.length > 0) {
                ann = new PyDict();
                for (int i = 0; i < annotations.length; i++) ann.putStr(annotationNames[i], annotations[i].eval(f));
            }
            PyFunction fn = new PyFunction(code, f.globals, f.builtins, defs, kwd, closure(f, closureSlots));
            if (ann != null) fn.annotations = ann;
            if (doc != null) fn.doc = PyStr.of(doc);
            PyObject result = fn;
            try {
                for (int i = decs.length - 1; i >= 0; i--) result = decs[i].call(result);
            } catch (PyException e) {
                throw at(e, f);
            }
            return result;
        }
    }

    static final class ClassDef extends ExprNode {
        final String name;
        final FunctionCode body;
        final ExprNode[] bases;
        final boolean[] starredBases;
        final String[] kwNames;
        final ExprNode[] kwValues;
        final int[] closureSlots;
        final ExprNode[] decorators;
        /** Slot of the __class__ cell in the body's frame, or -1. */
        final int classCellSlot;
        /** The tuple for __static_attributes__. */
        PyTuple staticAttributes = PyTuple.EMPTY;
        final String doc;

        ClassDef(Span at, String name, FunctionCode body, ExprNode[] bases, boolean[] starredBases, String[] kwNames, ExprNode[] kwValues,
                 int[] closureSlots, ExprNode[] decorators, int classCellSlot, String doc) {
            super(at);
            this.name = name;
            this.body = body;
            this.bases = bases;
            this.starredBases = starredBases;
            this.kwNames = kwNames;
            this.kwValues = kwValues;
            this.closureSlots = closureSlots;
            this.decorators = decorators;
            this.classCellSlot = classCellSlot;
            this.doc = doc;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject[] decs = new PyObject[decorators.length];
            for (int i = 0; i < decs.length; i++) decs[i] = decorators[i].eval(f);
            PyObject[] baseVals = Displays.elements(f, bases, starredBases, this);
            PyDict kw = new PyDict();
            for (int i = 0; i < kwNames.length; i++) kw.putStr(kwNames[i], kwValues[i].eval(f));
            PyDict ns = new PyDict();
            PyObject modName = f.globals.getStr("__name__");
            ns.putStr("__module__", modName == null ? PyStr.of("builtins") : modName);
            ns.putStr("__qualname__", PyStr.of(body.qualname));
            ns.putStr("__firstlineno__", dev.taipan.runtime.PyInt.of(body.firstLine));
            if (doc != null) ns.putStr("__doc__", PyStr.of(doc));
            Frame cf = new Frame(body, null, f.globals, f.builtins, body.nlocals);
            cf.namespace = ns;
            PyCell[] cells = closure(f, closureSlots);
            for (int i = 0; i < body.freeSlots.length; i++) cf.locals[body.freeSlots[i]] = cells[i];
            PyCell classCell = null;
            if (classCellSlot >= 0) {
                classCell = new PyCell(null);
                cf.locals[classCellSlot] = classCell;
            }
            body.run(cf);
            ns.putStr("__static_attributes__", staticAttributes);
            PyObject cls;
            try {
                cls = dev.taipan.runtime.TypeMethods.buildClass(name, body.qualname, baseVals, ns, kw);
            } catch (PyException e) {
                throw at(e, f);
            }
            if (classCell != null) classCell.value = cls;
            try {
                for (int i = decs.length - 1; i >= 0; i--) cls = decs[i].call(cls);
            } catch (PyException e) {
                throw at(e, f);
            }
            return cls;
        }
    }

    /** Runs a list/set/dict comprehension's code at once, or makes a generator for a generator expression. */
    static final class Comprehension extends ExprNode {
        final FunctionCode code;
        final ExprNode firstIter;
        final int[] closureSlots;
        final int kind;
        static final int LIST = 0, SET = 1, DICT = 2, GENEXP = 3;
        final int accSlot;
        /** The first `for` is an `async for`: its iterable is entered with __aiter__. */
        boolean asyncFirst;

        Comprehension(Span at, FunctionCode code, ExprNode firstIter, int[] closureSlots, int kind, int accSlot) {
            super(at);
            this.code = code;
            this.firstIter = firstIter;
            this.closureSlots = closureSlots;
            this.kind = kind;
            this.accSlot = accSlot;
        }

        @Override
        PyObject eval(Frame f) {
            PyObject src = firstIter.eval(f);
            PyObject it;
            try {
                it = asyncFirst ? AsyncStatements.aiter(src) : src.iter();
            } catch (PyException e) {
                throw firstIter.at(e, f);
            }
            Frame cf = new Frame(code, null, f.globals, f.builtins, code.nlocals);
            cf.locals[0] = it;
            for (int s : code.cellSlots) cf.locals[s] = new PyCell(cf.locals[s]);
            PyCell[] cells = closure(f, closureSlots);
            for (int i = 0; i < code.freeSlots.length; i++) cf.locals[code.freeSlots[i]] = cells[i];
            if (kind == GENEXP) {
                return new PyGenerator(code, cf, null);
            }
            cf.locals[accSlot] = switch (kind) {
                case LIST -> new PyList();
                case SET -> dev.taipan.runtime.PySet.newSet();
                default -> new PyDict();
            };
            // Inlined as in CPython 3.12+: no frame of its own in tracebacks or in the recursion count.
            try {
                return code.runBody(cf);
            } catch (PyException e) {
                if (e.locFrame == cf) e.locFrame = f;
                if (e.pushedFrame == cf) e.pushedFrame = null;
                throw at(e, f);
            }
        }
    }
}
