# The seed's page fetcher in small: blocking urlopen calls run concurrently with
# asyncio.to_thread inside a TaskGroup, against a local server whose pages take 0.1 s.
# Only coarse timing booleans are printed.
import asyncio
import time
from urllib.request import Request, urlopen
from helper_server import QuietHandler, running


class Slow(QuietHandler):
    def do_GET(self):
        time.sleep(0.1)
        body = self.path.encode() * 100
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


async def fetch(url):
    request = Request(url, headers={'User-Agent': 'Mozilla/5.0'})
    response = await asyncio.to_thread(urlopen, request)
    page = await asyncio.to_thread(response.read)
    response.close()
    return len(page)


async def main(urls):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(url)) for url in urls]
    return [t.result() for t in tasks]


with running(Slow) as srv:
    urls = [f'{srv.url}/search?q={w}' for w in ['apple', 'pear', 'grape']]
    asyncio.run(asyncio.to_thread(len, ''))     # warm-up: the executor's modules and threads
    begin = time.perf_counter()
    print([len(urlopen(Request(u, headers={'User-Agent': 'Mozilla/5.0'})).read()) for u in urls])
    sequential = time.perf_counter() - begin
    begin = time.perf_counter()
    print(asyncio.run(main(urls)))
    concurrent = time.perf_counter() - begin
print('sequential took at least 3 x 0.1 s:', sequential >= 0.3)
print('concurrent was faster:', concurrent < sequential * 0.7)
