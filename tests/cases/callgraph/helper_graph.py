"""Shows call graphs with what differs from run to run and between Pythons masked: object ids, and
the file and line of asyncio's own frames (CPython's asyncio/x.py path, Taipan's <frozen asyncio.x>)."""
import re


def mask(text):
    text = re.sub(r"id=0x[0-9a-f]+", "id=0x...", text)
    return re.sub(r"File '(?:<frozen asyncio\.(\w+)>|[^']*/asyncio/(\w+)\.py)', line \d+",
                  lambda m: f"File 'asyncio/{m.group(1) or m.group(2)}.py', line ?", text)


def show(text):
    print(mask(text))
