# Tests generator-based coroutine patterns: a grep consumer, a broadcaster and a state machine.
def grep(pattern, results):
    try:
        while True:
            line = yield
            if pattern in line:
                results.append(line)
    except GeneratorExit:
        results.append("<closed>")
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
r1, r2 = [], []
g1, g2 = grep("py", r1), grep("java", r2)
next(g1); next(g2)
b = broadcast([g1, g2])
next(b)
for line in ["python rocks", "java too", "jython both? py java", "c only"]:
    b.send(line)
g1.close(); g2.close()
print(r1)
print(r2)
def traffic_light():
    state = "red"
    while True:
        cmd = yield state
        if cmd == "next":
            state = {"red": "green", "green": "yellow", "yellow": "red"}[state]
light = traffic_light()
print(next(light), light.send("next"), light.send("noop"), light.send("next"), light.send("next"))
