# Tests that several closures share one cell, and that cells see later rebinding in the enclosing scope.
def bank():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
    def withdraw(n):
        nonlocal balance
        balance -= n
    def show():
        return balance
    return deposit, withdraw, show
dep, wd, show = bank()
dep(100); wd(30); dep(5)
print(show())
def late():
    fs = []
    v = "first"
    fs.append(lambda: v)
    v = "second"
    return fs[0]()
print(late())
def counter_factory():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i
        funcs.append(f)
    return [g() for g in funcs]
print(counter_factory())
print(bank()[2].__closure__ is not None, len(bank()[0].__closure__))
