"""Module whose top level has a visible side effect, to show it runs only once."""
print("helper_counter: executing module body")
loads = 0
loads += 1
state = {"hits": 0}
def hit():
    state["hits"] += 1
    return state["hits"]
