"""A helper module with a syntax error on line 3."""
def ok():
    return (1, 2
def after():
    return 3
