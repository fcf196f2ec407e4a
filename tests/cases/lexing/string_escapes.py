# Tests escape sequences in normal string literals.
s = "tab:\tend"
print(s)
print(repr("bell\a back\b ff\f vt\v cr\r nl\n"))
print("\x41\x42\x43", "\101\102\103", "\u00e9\u00e8", "\U0001F600" == "\N{GRINNING FACE}")
print("\N{LATIN SMALL LETTER A WITH ACUTE}", "\N{EM DASH}")
print("quote: \" and \' and \\")
print('single "double" inside', "double 'single' inside")
print(len("\0"), ord("\0"), ord("\7"), ord("\77"), ord("\377"))
print(repr("\x00\x1f\x7f"))
print("line1\
line2")
