# Tests SyntaxError 'multiple starred expressions in assignment'.
*head, *tail = [1, 2, 3]
