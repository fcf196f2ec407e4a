# Tests remove_done_callback: returns how many registrations were removed, removed callbacks never run.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()

def a(fut):
    print("a ran")

def b(fut):
    print("b ran")

f.add_done_callback(a)
f.add_done_callback(b)
f.add_done_callback(a)
f.add_done_callback(a)
print("removed a:", f.remove_done_callback(a))
print("removed a again:", f.remove_done_callback(a))
print("removed unknown:", f.remove_done_callback(print))
f.set_result(1)
print("removed b after done:", f.remove_done_callback(b))
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
