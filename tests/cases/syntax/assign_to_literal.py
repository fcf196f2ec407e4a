# Tests SyntaxError for assigning to a literal, with the '==' hint.
x = 5
if True:
    5 = x
