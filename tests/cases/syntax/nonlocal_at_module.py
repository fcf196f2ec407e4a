# Tests SyntaxError "nonlocal declaration not allowed at module level".
print("never runs")
nonlocal counter
