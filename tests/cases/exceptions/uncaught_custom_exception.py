# Tests the traceback of an uncaught custom exception whose class defines __str__.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance, self.amount = balance, amount
    def __str__(self):
        return f"cannot withdraw {self.amount}, balance is {self.balance}"
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
a = Account(10)
a.withdraw(3)
print(a.balance)
a.withdraw(50)
