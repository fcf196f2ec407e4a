# Tests that a module body runs once, later imports reuse sys.modules, and state is shared.
import sys
print("before import", "helper_counter" in sys.modules)
import helper_counter
print("after import", "helper_counter" in sys.modules, sys.modules["helper_counter"] is helper_counter)
import helper_counter as again
from helper_counter import hit, state
print(again is helper_counter, helper_counter.loads)
print(hit(), hit(), helper_counter.hit(), state, helper_counter.state is state)
def lazy():
    import helper_counter
    return helper_counter.hit()
print(lazy())
del sys.modules["helper_counter"]
import helper_counter as fresh
print(fresh is helper_counter, fresh.state, helper_counter.state)
print(sys.modules["__main__"].__name__, "sys" in sys.modules)
