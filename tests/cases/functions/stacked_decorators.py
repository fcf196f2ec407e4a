# Tests the application order of stacked decorators and evaluation order of decorator expressions.
def tag(name):
    print("creating decorator", name)
    def decorator(func):
        print("applying", name)
        def wrapper():
            return f"<{name}>{func()}</{name}>"
        return wrapper
    return decorator
@tag("b")
@tag("i")
@tag("u")
def text():
    return "hi"
print(text())
def deco_a(f):
    f.marks = getattr(f, "marks", []) + ["a"]
    return f
def deco_b(f):
    f.marks = getattr(f, "marks", []) + ["b"]
    return f
@deco_a
@deco_b
def marked():
    pass
print(marked.marks)
decorators = [deco_a]
@decorators[0]
def indexed():
    pass
print(indexed.marks)
