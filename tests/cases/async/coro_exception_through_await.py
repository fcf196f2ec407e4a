# Tests an exception raised deep in an await chain: it propagates through each await and finally blocks run innermost first.
class Boom(Exception):
    pass

async def level3():
    print("level3 raising")
    raise Boom("deep failure")

async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")

async def level1():
    try:
        await level2()
    except Boom as e:
        print("level1 caught", type(e).__name__, e)
        return "recovered"
    return "not reached"

async def reraiser():
    try:
        await level3()
    except Boom as e:
        raise ValueError("wrapped") from e

c = level1()
try:
    c.send(None)
except StopIteration as e:
    print("level1 returned", e.value)

c = reraiser()
try:
    c.send(None)
except ValueError as e:
    print("outer got", type(e).__name__, e, "cause:", type(e.__cause__).__name__, e.__cause__)
