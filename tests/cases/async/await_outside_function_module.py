# Tests that a module whose top level uses await fails to compile: "'await' outside function".
async def value():
    return 1

print("never printed")
x = await value()
