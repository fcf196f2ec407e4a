"""collections.abc: the container ABCs, defined in _collections_abc (as in CPython, this module
replaces itself by that one, so that both names give the same classes)."""

import _collections_abc
import sys

sys.modules[__name__] = _collections_abc
