# Tests an uncaught NameError for a misspelled variable, with CPython's "Did you mean" suggestion.
counter = 0
for step in range(3):
    counter += step
print(counter)
print(countr)
