# Tests the traceback of an uncaught AttributeError raised from a method, with suggestion text.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balanse += amount
acct = Account("ann")
print(acct.owner)
acct.deposit(10)
