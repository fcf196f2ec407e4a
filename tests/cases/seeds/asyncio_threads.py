# From seed documents 001 ("동기 코드와 통합": run_in_executor with a ThreadPoolExecutor,
# asyncio.to_thread), 002 ("functools.partial로 키워드 인수 전달") and 003 (mistake 1's
# run_in_executor, mistake 4 "이벤트 루프를 여러 스레드에서 공유": run_coroutine_threadsafe).
# Sleeps are shortened; the overlap check prints only a boolean.
import asyncio
import concurrent.futures
import functools
import threading
import time


def blocking_io():
    """동기 블로킹 함수"""
    time.sleep(0.1)
    return "IO completed"


def blocking_cpu_function(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()

    # ThreadPoolExecutor (I/O 바운드)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, blocking_io)
        print(result)

    # 간편한 방법 (3.9+)
    result = await asyncio.to_thread(blocking_io)
    print(result)

    # The default executor, as in mistake 1 of document 003.
    print(await loop.run_in_executor(None, blocking_cpu_function, 1000))

    # run_in_executor takes no keyword arguments: functools.partial carries them.
    await loop.run_in_executor(None, functools.partial(print, 'hello', 'python', end=' '))
    await asyncio.to_thread(print, 'hello', 'python', end='\n')

    # Two blocking calls in threads overlap: together they take about one call's time.
    begin = time.perf_counter()
    await asyncio.gather(asyncio.to_thread(blocking_io), asyncio.to_thread(blocking_io))
    print("overlapped:", time.perf_counter() - begin < 0.19)

    # 다른 스레드에서 코루틴 실행
    async def coro():
        await asyncio.sleep(0.01)
        return "ran on the loop thread"

    def from_other_thread():
        future = asyncio.run_coroutine_threadsafe(coro(), loop)
        return future.result()

    print(await asyncio.to_thread(from_other_thread))
    print("still on the main thread:", threading.current_thread() is threading.main_thread())


asyncio.run(main())
