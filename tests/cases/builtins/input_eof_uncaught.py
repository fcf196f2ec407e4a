# Tests an uncaught EOFError when input() runs past the end of stdin.
total = 0
while True:
    line = input("> ")
    total += int(line)
    print("running total", total)
