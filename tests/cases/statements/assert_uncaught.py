# Tests an uncaught failing assert with a message ending the program with a traceback.
def withdraw(balance, amount):
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount
print(withdraw(100, 30))
print(withdraw(50, 80))
print("not reached")
