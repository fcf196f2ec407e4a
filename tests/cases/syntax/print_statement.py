# Tests the Python 2 print statement hint: Missing parentheses in call to 'print'.
name = "world"
print "hello", name
