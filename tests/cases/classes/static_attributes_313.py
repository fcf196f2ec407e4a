# Tests Python 3.13 class namespace details: __firstlineno__, __static_attributes__ and key order.
class Account:
    """An account."""
    rate = 0.02

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        (self.opened, self.closed) = (True, False)

    def deposit(self, amount):
        self.balance += amount
        self.last = amount


class Empty:
    pass


print(Account.__firstlineno__, Account.__static_attributes__)
print([k for k in vars(Account) if not k.startswith("__") or k in ("__doc__", "__static_attributes__")])
print(list(vars(Empty)))
print(Empty.__doc__, Empty.__static_attributes__)
