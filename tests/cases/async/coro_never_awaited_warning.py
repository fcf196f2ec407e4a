# Tests the RuntimeWarning "coroutine ... was never awaited" when a coroutine function is called as a statement without await.
async def forgotten():
    print("body never runs")

def caller():
    forgotten()
    print("after the call")

caller()
print("end of script")
