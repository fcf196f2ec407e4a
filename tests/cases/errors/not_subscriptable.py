# Tests an uncaught TypeError from subscripting an int inside a function.
def first_digit(n):
    return n[0]
print(first_digit("42"))
print(first_digit(42))
