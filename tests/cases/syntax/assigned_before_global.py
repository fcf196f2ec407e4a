# Tests SyntaxError "name 'x' is assigned to before global declaration".
x = 0
def bump():
    x = 1
    global x
    x += 1
