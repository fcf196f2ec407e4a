# Tests TabError for a block mixing a tab-indented line with space-indented lines.
def f():
        x = 1
	return x
print(f())
