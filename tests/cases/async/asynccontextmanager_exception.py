# Tests exceptions inside an asynccontextmanager body: thrown in at the yield, suppressed when caught, re-raised otherwise.
import contextlib

@contextlib.asynccontextmanager
async def catching():
    try:
        yield "catching"
    except ZeroDivisionError as e:
        print("generator caught", type(e).__name__, e)

@contextlib.asynccontextmanager
async def cleanup_only():
    try:
        yield "cleanup"
    finally:
        print("generator cleanup")

@contextlib.asynccontextmanager
async def translating():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from None

async def main():
    async with catching():
        1 / 0
    print("continued after suppression")
    try:
        async with cleanup_only():
            raise ValueError("passes through")
    except ValueError as e:
        print("propagated", e)
    try:
        async with translating():
            {}["k"]
    except LookupError as e:
        print(type(e).__name__, e, "suppress_context", e.__suppress_context__)

try:
    main().send(None)
except StopIteration:
    print("done")
