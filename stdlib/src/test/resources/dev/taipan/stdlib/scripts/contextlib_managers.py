from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, chdir
import os
@contextmanager
def cm(name):
    print('enter', name)
    try:
        yield name.upper()
    except ValueError as e:
        print('handled', e)
    finally:
        print('exit', name)
with cm('a') as x: print('body', x)
with cm('b'): raise ValueError('boom')
try:
    with cm('c'): raise KeyError('k')
except KeyError as e: print('propagated', repr(e))
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad(): pass
except RuntimeError as e: print(e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def bad2():
    try: yield
    except Exception: yield
try:
    with bad2(): raise ValueError
except RuntimeError as e: print(e)
with suppress(KeyError, IndexError): [][1]
print('after suppress')
class Res:
    def close(self): print('closed')
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as v: print(v)
with ExitStack() as st:
    st.callback(print, 'cb1')
    st.enter_context(cm('s1'))
    st.callback(print, 'cb2')
    print('in stack')
def cleanup(*a): print('cleanup', a[0])
try:
    with ExitStack() as st:
        st.push(cleanup)
        st.callback(lambda: 1/0)
        raise ValueError('orig')
except ZeroDivisionError as e:
    print('ctx', repr(e.__context__))
with ExitStack() as st:
    st.callback(print, 'never-yet')
    moved = st.pop_all()
print('popped')
moved.close()
@cm('deco')
def f(): print('in f')
f()
print(cm.__name__)
try:
    with ExitStack() as st: st.enter_context(1)
except TypeError as e: print(e)
def sup(*a): return True
with ExitStack() as st:
    st.push(sup)
    raise KeyError('suppressed')
print('ok')
with chdir('/tmp'): print(os.getcwd())
