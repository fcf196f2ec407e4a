# Tests SyntaxError 'duplicate argument' in a function definition.
def area(w, h, w):
    return w * h
