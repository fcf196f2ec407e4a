# Tests that await inside a plain def makes the whole file fail to compile: "'await' outside async function".
async def value():
    return 1

def sync_caller():
    print("never printed")
    return await value()

print("never printed either")
