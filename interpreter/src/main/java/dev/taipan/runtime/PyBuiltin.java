package dev.taipan.runtime;

/** Functions and methods implemented in Java: module-level functions, method descriptors of built-in types, and their bound forms. */
public final class PyBuiltin {
    private PyBuiltin() {}

    /** The Java body of a built-in function; trailing kwnames.length args are keywords. */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    /** The Java body of a built-in method, receiving its self separately. */
    @FunctionalInterface
    public interface MethodBody {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    /** A method body that has already had its positional arity checked and takes no keywords. */
    @FunctionalInterface
    public interface FixedBody {
        PyObject call(PyObject self, PyObject[] args);
    }

    public static final PyType FUNCTION_TYPE = new PyType("builtin_function_or_method", PyType.OBJECT, true, null).markFinal();
    public static final PyType METHOD_DESCRIPTOR_TYPE = new PyType("method_descriptor", PyType.OBJECT, true, null).markFinal();

    /** A built-in function such as len or math.sqrt. */
    public static final class Function extends PyObject {
        public final String name;
        public final String module;
        public final Body body;

        public Function(String name, String module, Body body) {
            this.name = name;
            this.module = module;
            this.body = body;
        }

        @Override
        public PyType type() {
            return FUNCTION_TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            return body.call(args, kwnames);
        }

        @Override
        public PyObject lookupAttr(String n) {
            return switch (n) {
                case "__name__", "__qualname__" -> PyStr.of(name);
                case "__module__" -> module == null ? PyNone.NONE : PyStr.of(module);
                case "__doc__" -> PyNone.NONE;
                default -> super.lookupAttr(n);
            };
        }

        @Override
        public String repr() {
            return "<built-in function " + name + ">";
        }

        @Override
        public long hash() {
            return identityHash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            return Ops.identityCompare(this, other, op);
        }
    }

    /** A method of a built-in type as found in the type's dict (list.append). */
    public static final class Method extends PyObject {
        public final PyType owner;
        public final String name;
        public final MethodBody body;

        public Method(PyType owner, String name, MethodBody body) {
            this.owner = owner;
            this.name = name;
            this.body = body;
        }

        /** A method taking exactly n positional arguments and no keywords, with CPython's arity messages. */
        public static Method arity(PyType owner, String name, int n, FixedBody fb) {
            return new Method(owner, name, (self, args, kw) -> {
                if (kw != null && kw.length > 0) {
                    throw Errors.typeError(owner.name + "." + name + "() takes no keyword arguments");
                }
                if (args.length != n) {
                    throw Errors.typeError(arityMessage(owner.name + "." + name, n, args.length));
                }
                return fb.call(self, args);
            });
        }

        public PyObject invoke(PyObject self, PyObject[] args, String[] kwnames) {
            return body.call(self, args, kwnames);
        }

        @Override
        public PyType type() {
            return METHOD_DESCRIPTOR_TYPE;
        }

        @Override
        public boolean isDescriptor() {
            return true;
        }

        @Override
        public PyObject descrGet(PyObject obj, PyType ownerType) {
            return obj == null ? this : new Bound(this, obj);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            if (args.length - nkw < 1) {
                throw Errors.typeError("unbound method " + owner.name + "." + name + "() needs an argument");
            }
            PyObject self = args[0];
            if (!self.type().isSubtypeOf(owner)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                        + self.type().name + "' object");
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return body.call(self, rest, kwnames);
        }

        @Override
        public PyObject lookupAttr(String n) {
            return switch (n) {
                case "__name__" -> PyStr.of(name);
                case "__qualname__" -> PyStr.of(owner.name + "." + name);
                case "__objclass__" -> owner;
                case "__doc__" -> PyNone.NONE;
                default -> super.lookupAttr(n);
            };
        }

        @Override
        public String repr() {
            return "<method '" + name + "' of '" + owner.name + "' objects>";
        }

        @Override
        public long hash() {
            return identityHash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            return Ops.identityCompare(this, other, op);
        }
    }

    /** A built-in method bound to its object ([].append). */
    public static final class Bound extends PyObject {
        public final Method method;
        public final PyObject self;

        public Bound(Method method, PyObject self) {
            this.method = method;
            this.self = self;
        }

        @Override
        public PyType type() {
            return FUNCTION_TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            return method.body.call(self, args, kwnames);
        }

        @Override
        public PyObject lookupAttr(String n) {
            return switch (n) {
                case "__name__" -> PyStr.of(method.name);
                case "__qualname__" -> PyStr.of(method.owner.name + "." + method.name);
                case "__self__" -> self;
                default -> super.lookupAttr(n);
            };
        }

        @Override
        public String repr() {
            return "<built-in method " + method.name + " of " + self.type().name + " object at " + Ids.hexId(self) + ">";
        }

        @Override
        public long hash() {
            return self.hash() ^ method.identityHash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof Bound b) {
                boolean eq = b.method == method && b.self == self;
                return PyBool.of(op == CompareOp.EQ ? eq : !eq);
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    /** T.__new__ of a built-in type: called as T.__new__(cls, *args). */
    public static final class StaticNew extends PyObject {
        public final PyType owner;

        public StaticNew(PyType owner) {
            this.owner = owner;
        }

        @Override
        public PyType type() {
            return FUNCTION_TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (args.length == 0 || !(args[0] instanceof PyType cls)) {
                throw Errors.typeError(owner.name + ".__new__(X): X is not a type object");
            }
            if (!cls.isSubtypeOf(owner)) {
                throw Errors.typeError(owner.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + owner.name);
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return owner.newFunction.create(cls, rest, kwnames);
        }

        @Override
        public String repr() {
            return "<built-in method __new__ of type object at " + Ids.hexId(owner) + ">";
        }
    }

    public static String arityMessage(String qualname, int expected, int given) {
        if (expected == 0) return qualname + "() takes no arguments (" + given + " given)";
        if (expected == 1) return qualname + "() takes exactly one argument (" + given + " given)";
        String shortName = qualname.substring(qualname.lastIndexOf('.') + 1);
        return shortName + " expected " + expected + " arguments, got " + given;
    }
}
