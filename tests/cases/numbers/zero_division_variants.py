# Tests that every kind of division by zero raises ZeroDivisionError (int true division message shown).
ops = [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0), ("1.0 / 0", lambda: 1.0 / 0),
       ("1 / 0.0", lambda: 1 / 0.0), ("1.5 // 0.0", lambda: 1.5 // 0.0), ("1.5 % 0", lambda: 1.5 % 0),
       ("divmod(1, 0)", lambda: divmod(1, 0)), ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
       ("0 ** -1", lambda: 0 ** -1), ("10**30 // 0", lambda: 10 ** 30 // 0), ("True / False", lambda: True / False)]
for text, fn in ops:
    try:
        fn()
        print(text, "no error")
    except ZeroDivisionError as e:
        print(text, "->", type(e).__name__, isinstance(e, ArithmeticError))
try:
    x = 5
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e)
