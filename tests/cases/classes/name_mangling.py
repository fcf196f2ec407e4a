# Tests private name mangling of __names inside classes and access from outside.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._hint = "protected"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def reveal(self):
        return self.__secret()
acct = Account(50)
print(acct.balance(), acct.reveal(), acct._hint)
print(sorted(vars(acct)))
try:
    acct.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(acct._Account__balance, acct._Account__secret())
class Sub(Account):
    def __init__(self):
        super().__init__(1)
        self.__balance = 999
print(sorted(vars(Sub())), Sub().balance())
class Dunder:
    __special__ = "not mangled"
print(Dunder.__special__)
