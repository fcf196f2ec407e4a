# Tests an uncaught ValueError from unpacking too few values in a for loop.
rows = ["ann,30", "bob,25", "cy"]
for row in rows:
    name, age = row.split(",")
    print(name, int(age))
