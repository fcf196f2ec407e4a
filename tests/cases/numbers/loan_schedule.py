# Tests a realistic float program: an amortization schedule with rounding and formatted columns.
principal, annual_rate, months = 10000.0, 0.06, 12
r = annual_rate / 12
payment = principal * r / (1 - (1 + r) ** -months)
print(f"monthly payment: {payment:.2f} ({payment!r})")
balance = principal
total_interest = 0.0
for m in range(1, months + 1):
    interest = balance * r
    total_interest += interest
    balance -= payment - interest
    if m in (1, 2, 6, 11, 12):
        print(f"{m:>2} {interest:>8.2f} {payment - interest:>9.2f} {max(balance, 0):>10.2f}")
print(f"total interest: {total_interest:,.2f}", round(balance, 6) == 0 or abs(balance) < 1e-6)
print(f"{1234567.891:,.2f} {0.06:.1%} {-1234.5:+,.1f}")
