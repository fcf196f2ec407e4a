package dev.taipan.stdlib;

import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyBufferedIO;
import dev.taipan.runtime.PyFileIO;
import dev.taipan.runtime.PyIOBase;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyTextIO;

/** _io: the file object types of the runtime and the I/O base classes; io.py adds StringIO and BytesIO on top. */
public final class IoModule implements NativeModule {
    @Override
    public String name() {
        return "_io";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_io");
        m.put("open", interp.builtins.getStr("open"));
        m.put("UnsupportedOperation", PyFileIO.UNSUPPORTED_OPERATION);
        m.put("_IOBase", PyIOBase.TYPE);
        m.put("_RawIOBase", PyIOBase.RAW_TYPE);
        m.put("_BufferedIOBase", PyIOBase.BUFFERED_TYPE);
        m.put("_TextIOBase", PyIOBase.TEXT_TYPE);
        m.put("FileIO", PyFileIO.TYPE);
        m.put("BufferedReader", PyBufferedIO.READER_TYPE);
        m.put("BufferedWriter", PyBufferedIO.WRITER_TYPE);
        m.put("BufferedRandom", PyBufferedIO.RANDOM_TYPE);
        m.put("TextIOWrapper", PyTextIO.TYPE);
        m.put("DEFAULT_BUFFER_SIZE", dev.taipan.runtime.PyInt.of(8192));
        return m;
    }
}
