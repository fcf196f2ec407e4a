# Tests functools.total_ordering deriving comparisons and sorting with key on user objects.
import functools
@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return self.order.index(self.rank) == self.order.index(other.rank)
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(r, s) for r, s in ["Qh", "2s", "Ad", "9c", "Ts"]]
print(sorted(hand), max(hand), min(hand))
print(Card("K", "h") >= Card("Q", "s"), Card("3", "h") > Card("3", "s"), Card("4", "c") <= Card("2", "d"))
print(sorted(hand, key=lambda c: (c.suit, c)))
