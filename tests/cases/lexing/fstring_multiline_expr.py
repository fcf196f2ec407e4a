# Tests 3.12+ f-strings whose replacement field spans several lines and holds comments.
total = f"{sum([
    1, 2,  # a comment inside the expression
    3,
])}"
print(total)
names = ["x", "y"]
print(f"names: {", ".join([
    n.upper()  # uppercase each
    for n in names
])}!")
print(f"""triple {
    len(names)
} end""")
