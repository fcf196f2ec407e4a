# Tests an uncaught TypeError for an unsupported operand inside a larger expression (caret placement).
prices = {"apple": 1.5, "pear": "2.0"}
total = 0
for name in prices:
    total = total + prices[name] * 2
    print(name, total)
