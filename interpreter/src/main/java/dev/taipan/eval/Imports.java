package dev.taipan.eval;

import dev.taipan.ast.Alias;
import dev.taipan.ast.Span;
import dev.taipan.ast.Stmt;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyDict;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.ThreadState;

/** import and from-import statements (the search itself is the ModuleLoader's). */
final class Imports {
    private Imports() {}

    static StmtNode importStmt(Compiler c, Stmt.Import im) {
        int n = im.names().size();
        String[] names = new String[n];
        TargetNode[] targets = new TargetNode[n];
        boolean[] leaf = new boolean[n];
        for (int i = 0; i < n; i++) {
            Alias a = im.names().get(i);
            names[i] = a.name();
            leaf[i] = a.asname() != null;
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            targets[i] = c.storeName(bound, a.at());
        }
        return new Import(im.at(), names, targets, leaf);
    }

    static StmtNode importFrom(Compiler c, Stmt.ImportFrom im) {
        int n = im.names().size();
        String[] names = new String[n];
        TargetNode[] targets = new TargetNode[n];
        boolean star = false;
        for (int i = 0; i < n; i++) {
            Alias a = im.names().get(i);
            names[i] = a.name();
            if (a.name().equals("*")) {
                star = true;
                continue;
            }
            targets[i] = c.storeName(a.asname() != null ? a.asname() : a.name(), a.at());
        }
        return new ImportFrom(im.at(), im.module() == null ? "" : im.module(), im.level(), names, targets, star);
    }

    static final class Import extends StmtNode {
        final String[] names;
        final TargetNode[] targets;
        final boolean[] leaf;

        Import(Span at, String[] names, TargetNode[] targets, boolean[] leaf) {
            super(at);
            this.names = names;
            this.targets = targets;
            this.leaf = leaf;
        }

        @Override
        int exec(Frame f) {
            ThreadState ts = ThreadState.current();
            for (int i = 0; i < names.length; i++) {
                PyObject m;
                try {
                    m = ts.interp.importer.importModule(names[i], f.globals, leaf[i] ? new String[] {"*leaf*"} : null, 0);
                } catch (PyException e) {
                    throw e.at(f, line, col, endLine, endCol);
                }
                targets[i].assign(f, m);
            }
            return NORMAL;
        }
    }

    static final class ImportFrom extends StmtNode {
        final String module;
        final int level;
        final String[] names;
        final TargetNode[] targets;
        final boolean star;

        ImportFrom(Span at, String module, int level, String[] names, TargetNode[] targets, boolean star) {
            super(at);
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
            this.star = star;
        }

        @Override
        int exec(Frame f) {
            ThreadState ts = ThreadState.current();
            PyObject m;
            try {
                m = ts.interp.importer.importModule(module, f.globals, names, level);
            } catch (PyException e) {
                throw e.at(f, line, col, endLine, endCol);
            }
            if (star) {
                importStar(f, m);
                return NORMAL;
            }
            for (int i = 0; i < names.length; i++) {
                PyObject v = m.lookupAttr(names[i]);
                if (v == null) {
                    throw cannotImport(m, names[i]).at(f, line, col, endLine, endCol);
                }
                targets[i].assign(f, v);
            }
            return NORMAL;
        }

        private void importStar(Frame f, PyObject m) {
            PyDict d = m.dict();
            PyObject all = m.lookupAttr("__all__");
            PyObject ns = f.namespace != null ? f.namespace : f.globals;
            if (all != null) {
                PyObject it = all.iter();
                for (PyObject n = it.next(); n != null; n = it.next()) {
                    ns.setItem(n, m.getAttr(((PyStr) n).value));
                }
                return;
            }
            for (int i = 0; i < d.limit(); i++) {
                PyObject k = d.keyAt(i);
                if (k instanceof PyStr s && !s.value.startsWith("_")) ns.setItem(k, d.valueAtPos(i));
            }
        }

        private PyException cannotImport(PyObject m, String name) {
            String mname = m instanceof PyModule pm ? pm.name : "?";
            PyObject file = m.dict() == null ? null : m.dict().getStr("__file__");
            String where = file instanceof PyStr s ? s.value : "unknown location";
            PyBaseException e = new PyBaseException(PyExc.ImportError,
                    PyStr.of("cannot import name '" + name + "' from '" + mname + "' (" + where + ")"));
            e.setSlot("name", PyStr.of(mname));
            return new PyException(e);
        }
    }

    static PyException noModule(String name) {
        return noModule(name, "No module named '" + name + "'");
    }

    static PyException noModule(String name, String message) {
        PyBaseException e = new PyBaseException(PyExc.ModuleNotFoundError, PyStr.of(message));
        e.setSlot("name", PyStr.of(name));
        return new PyException(e);
    }
}
