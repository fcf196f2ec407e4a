# Prints through a real `taipan` process: stdout must be flushed at exit.
import sys

print("hello, world")
print("argv:", sys.argv)
for i in range(3):
    print(f"line {i}")
