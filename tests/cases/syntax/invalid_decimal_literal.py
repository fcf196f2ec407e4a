# Tests SyntaxError 'invalid decimal literal' for a number running into letters.
speed = 100km
