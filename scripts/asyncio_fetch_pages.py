# From seed document 002 (asyncio up to Python 3.14), section "비동기로 웹 페이지 가져오기":
# the same page fetches done sequentially and concurrently with TaskGroup. The network is
# replaced by asyncio.sleep and made-up page sizes (the real example calls urlopen through
# asyncio.to_thread); only coarse timing booleans are printed.
import asyncio
from time import perf_counter

urls = ['https://www.google.co.kr/search?q=' + i
        for i in ['apple', 'pear', 'grape', 'pineapple', 'orange', 'strawberry']]

FAKE_SIZES = {'apple': 74443, 'pear': 137795, 'grape': 84429,
              'pineapple': 327409, 'orange': 65139, 'strawberry': 154872}


async def fetch(url):
    await asyncio.sleep(0.02)                 # stands in for urlopen + read
    return FAKE_SIZES[url.rsplit('=', 1)[1]]


async def sequential():
    result = []
    for url in urls:
        result.append(await fetch(url))
    return result


async def main():
    begin = perf_counter()
    print(await sequential())
    seq_time = perf_counter() - begin

    begin = perf_counter()
    # ✅ TaskGroup: gather의 현대적 대체 (3.11+)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(url)) for url in urls]
    results = [t.result() for t in tasks]
    print(results)
    con_time = perf_counter() - begin

    # asyncio.gather의 결과 순서는 입력 순서와 동일하게 보장된다
    print(await asyncio.gather(*(fetch(url) for url in reversed(urls))))
    print('sequential took at least 6 fetches:', seq_time >= 0.1)
    print('concurrent was faster:', con_time < seq_time)


asyncio.run(main())
