# Tests the traceback of an exception escaping an async with body (after __aexit__ ran) in a hand-driven coroutine.
class Conn:
    async def __aenter__(self):
        print("connect")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("disconnect after", exc_type.__name__)
        return False

async def query(conn, table):
    rows = {"users": 3}
    return rows[table]

async def main():
    async with Conn() as conn:
        count = await query(conn, "orders")
        print("unreachable", count)

main().send(None)
