# From seed document 002 (asyncio up to Python 3.14), section "비동기로 웹 페이지 가져오기":
# fetching web pages one after another with urlopen, then concurrently with
# asyncio.to_thread(urlopen, ...), then with asyncio streams (a hand-written GET over
# asyncio.open_connection). Instead of www.google.co.kr the script starts its own HTTP server
# on 127.0.0.1 (a free port) in a thread; each page takes about DELAY seconds to answer,
# like a slow remote site.
#
# Usage: fetch_pages.py [N]   (N pages per run, default 6)
import asyncio
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs
from urllib.request import Request, urlopen

DELAY = 0.2
WORDS = ['apple', 'pear', 'grape', 'pineapple', 'orange', 'strawberry', 'melon', 'kiwi',
         'plum', 'cherry', 'peach', 'mango']


class SlowPages(BaseHTTPRequestHandler):
    """Answers GET /search?q=WORD after DELAY seconds with a page whose size depends on WORD."""

    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        if self.headers['User-Agent'] is None:       # like the seed's site: no User-Agent, 403
            self.send_error(403)
            return
        time.sleep(DELAY)
        word = parse_qs(urlsplit(self.path).query).get('q', ['?'])[0]
        body = (f'<html><body><h1>{word}</h1>' + f'<p>{word} </p>' * (len(word) * 100)
                + '</body></html>\n').encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/html; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass                                          # keep the output to the results


def fetch_blocking(url):
    request = Request(url, headers={'User-Agent': 'Mozilla/5.0'})  # User-Agent 없으면 403 에러
    with urlopen(request) as response:
        return len(response.read())


async def fetch_to_thread(url):
    # ✅ asyncio.to_thread: 블로킹 함수를 스레드 풀에 위임 (3.9+)
    request = Request(url, headers={'User-Agent': 'Mozilla/5.0'})
    response = await asyncio.to_thread(urlopen, request)
    page = await asyncio.to_thread(response.read)
    response.close()
    return len(page)


async def fetch_streams(url):
    """The same GET written by hand over an asyncio stream: no threads at all."""
    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    target = parts.path + ('?' + parts.query if parts.query else '')
    writer.write(f'GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n'
                 f'User-Agent: Mozilla/5.0\r\nConnection: close\r\n\r\n'.encode('ascii'))
    await writer.drain()
    status = await reader.readline()
    if not status.startswith(b'HTTP/1.1 200'):
        raise RuntimeError(f'unexpected status line {status!r}')
    length = None
    while (line := await reader.readline()) not in (b'\r\n', b''):
        name, _, value = line.decode('latin-1').partition(':')
        if name.strip().lower() == 'content-length':
            length = int(value)
    page = await reader.readexactly(length) if length is not None else await reader.read()
    writer.close()
    await writer.wait_closed()
    return len(page)


async def concurrently(fetch, urls):
    # ✅ TaskGroup: gather의 현대적 대체 (3.11+)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(url)) for url in urls]
    return [t.result() for t in tasks]


def timed(label, run):
    begin = time.perf_counter()
    result = run()
    elapsed = time.perf_counter() - begin
    print(result)
    print(f'{label}: {elapsed:.3f} s')
    return elapsed


class PageServer(ThreadingHTTPServer):
    request_queue_size = 128        # all the concurrent clients connect at once


def main(n):
    server = PageServer(('127.0.0.1', 0), SlowPages)
    thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    thread.start()
    try:
        port = server.server_address[1]
        urls = [f'http://127.0.0.1:{port}/search?q={WORDS[i % len(WORDS)]}' for i in range(n)]
        print(f'{n} pages, each answered after {DELAY} s')
        asyncio.run(asyncio.to_thread(len, ''))    # warm-up: load the thread pool machinery once
        sequential = timed('sequential urlopen', lambda: [fetch_blocking(u) for u in urls])
        threads = timed('asyncio.to_thread(urlopen)',
                        lambda: asyncio.run(concurrently(fetch_to_thread, urls)))
        streams = timed('asyncio streams', lambda: asyncio.run(concurrently(fetch_streams, urls)))
        print(f'speedup with to_thread: {sequential / threads:.1f}x')
        print(f'speedup with streams:   {sequential / streams:.1f}x')
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
