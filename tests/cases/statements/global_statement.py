# Tests global declarations: reading, rebinding, creating new globals from functions.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment(); increment()
print(counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def reader():
    return counter * 2
print(reader())
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
unbound()
