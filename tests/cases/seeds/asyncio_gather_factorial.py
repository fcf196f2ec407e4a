# From seed document 004 (an introduction to asyncio), section "gather": three factorial tasks
# gathered, first normally and then with return_exceptions=True while one task raises.
# The document's one second sleeps become sleep(0): the tasks take turns in FIFO order, which
# prints exactly the interleaving the document shows without racing equal timers.
import asyncio


async def factorial(name, number, forbidden=None):
    if number == forbidden:
        raise ValueError(f"Number should not be equal to {forbidden}")
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: factorial({i})")
        await asyncio.sleep(0)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def main():
    results = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )
    print(results)
    print()
    results = await asyncio.gather(
        factorial("A", 2, forbidden=4),
        factorial("B", 3, forbidden=4),
        factorial("C", 4, forbidden=4),
        return_exceptions=True,    # 에러가 난 코루틴만 에러 정보를 포함하여 반환
    )
    print(results)


asyncio.run(main())
