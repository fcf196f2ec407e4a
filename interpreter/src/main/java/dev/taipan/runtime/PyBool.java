package dev.taipan.runtime;

/** bool: a subclass of int with the two singletons True and False. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = new PyType("bool", PyInt.TYPE, true, null).markFinal();
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    static {
        TYPE.staticNew((cls, args, kw) -> {
            ArgParser.noKeywords("bool", kw);
            if (args.length > 1) throw Errors.typeError("bool expected at most 1 argument, got " + args.length);
            return args.length == 0 ? FALSE : of(args[0].isTrue());
        });
    }

    public final boolean value;

    private PyBool(boolean v) {
        super(v ? 1 : 0, null, false);
        this.value = v;
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return value;
    }

    @Override
    public PyObject binaryOp(dev.taipan.ast.Operator op, PyObject other, boolean reflected) {
        if (other instanceof PyBool b) {
            switch (op) {
                case BITAND:
                    return of(value & b.value);
                case BITOR:
                    return of(value | b.value);
                case BITXOR:
                    return of(value ^ b.value);
                default:
                    break;
            }
        }
        return super.binaryOp(op, other, reflected);
    }

    @Override
    public String repr() {
        return value ? "True" : "False";
    }
}
