# Tests building an aligned text table with str methods and format specs.
rows = [("Widget", 4, 3.5), ("Gadget extra long", 12, 10.0), ("Nut", 250, 0.05)]
headers = ("Item", "Qty", "Price")
w0 = max(len(r[0]) for r in rows + [headers])
line = "+" + "-" * (w0 + 2) + "+-----+---------+"
print(line)
print(f"| {headers[0]:<{w0}} | {headers[1]:>3} | {headers[2]:>7} |")
print(line.replace("-", "="))
total = 0
for name, qty, price in rows:
    total += qty * price
    print(f"| {name:<{w0}} | {qty:>3} | {price:>7.2f} |")
print(line)
print(f"| {'TOTAL':>{w0}} | {'':>3} | {total:>7.2f} |")
print("Summary: " + ", ".join(f"{n.split()[0].lower()}={q}" for n, q, _ in rows))
