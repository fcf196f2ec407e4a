package dev.taipan.stdlib;

import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyModule;

/** The itertools module: iterator building blocks, implemented as Java iterator types. */
public final class ItertoolsModule implements NativeModule {

    @Override
    public String name() {
        return "itertools";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("itertools");
        m.put("count", ItertoolsIterators.COUNT);
        m.put("cycle", ItertoolsIterators.CYCLE);
        m.put("repeat", ItertoolsIterators.REPEAT);
        m.put("chain", ItertoolsIterators.CHAIN);
        m.put("islice", ItertoolsIterators.ISLICE);
        m.put("starmap", ItertoolsIterators.STARMAP);
        m.put("takewhile", ItertoolsIterators.TAKEWHILE);
        m.put("dropwhile", ItertoolsIterators.DROPWHILE);
        m.put("filterfalse", ItertoolsIterators.FILTERFALSE);
        m.put("compress", ItertoolsIterators.COMPRESS);
        m.put("pairwise", ItertoolsIterators.PAIRWISE);
        m.put("groupby", ItertoolsGrouping.GROUPBY);
        m.put("_grouper", ItertoolsGrouping.GROUPER);
        m.put("_tee", ItertoolsGrouping.TEE);
        m.put("accumulate", ItertoolsGrouping.ACCUMULATE);
        m.put("zip_longest", ItertoolsGrouping.ZIP_LONGEST);
        m.put("batched", ItertoolsGrouping.BATCHED);
        m.put("product", ItertoolsCombinatorics.PRODUCT);
        m.put("permutations", ItertoolsCombinatorics.PERMUTATIONS);
        m.put("combinations", ItertoolsCombinatorics.COMBINATIONS);
        m.put("combinations_with_replacement", ItertoolsCombinatorics.COMBINATIONS_WITH_REPLACEMENT);
        m.function("tee", ItertoolsGrouping::tee);
        return m;
    }
}
