# Tests blank lines with trailing whitespace and form feeds between statements.
x = 1
    


def f():
    a = 1
        

    return a + x

	
print(f())
print("after form feed")
