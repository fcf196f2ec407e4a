# ContextVar's constructor and methods reject bad arguments with CPython's messages.
from contextvars import ContextVar


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


attempt('no name', lambda: ContextVar())
attempt('name not str', lambda: ContextVar(1))
attempt('name bytes', lambda: ContextVar(b'x'))
attempt('default positional', lambda: ContextVar('a', 1))
attempt('three args', lambda: ContextVar('a', 1, 2))
attempt('name by keyword', lambda: ContextVar(name='a'))
attempt('default only', lambda: ContextVar(default=1))
attempt('unknown keyword', lambda: ContextVar('a', foo=1))
attempt('too many with keywords', lambda: ContextVar('a', default=1, foo=2))
v = ContextVar('v')
attempt('get two args', lambda: v.get(1, 2))
attempt('get keyword', lambda: v.get(default=2))
attempt('set no args', lambda: v.set())
attempt('set two args', lambda: v.set(1, 2))
attempt('set keyword', lambda: v.set(value=1))
attempt('reset no args', lambda: v.reset())
attempt('reset keyword', lambda: v.reset(token=1))
attempt('reset not a token', lambda: v.reset(1))
attempt('reset str', lambda: v.reset('tok'))


def rename():
    v.name = 'w'


attempt('assign name', rename)
print(v.name)
