# Tests comments at line ends, inside brackets, on their own lines and in blocks.
total = 0  # running total
# a full-line comment
values = [
    1,  # one
    # a comment inside a list
    2,
    3,  # three
]
for v in values:  # loop comment
    # comment at the start of a block
    total += v
        # oddly indented comment is ignored
    print("added", v)  # trailing
# comment before dedent
text = "# not a comment"
print(text, total)
def f():
    # only a comment and a pass
    pass
print(f())
d = {  # dict comment
    "a": 1,  # a
}  # closing
print(d)
