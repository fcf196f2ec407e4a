# Tests blocks indented with different widths and deep dedents back to outer levels.
def classify(n):
    if n < 0:
            kind = "negative"
    elif n == 0:
      kind = "zero"
    else:
        if n % 2 == 0:
                    if n > 100:
                        kind = "big even"
                    else:
                        kind = "even"
        else:
         kind = "odd"
    return kind

for value in [-3, 0, 4, 7, 200]:
    print(value, classify(value))

class Box:
  def __init__(self, items):
      self.items = items
  def total(self):
        t = 0
        for i in self.items:
              t += i
        return t

print(Box([1, 2, 3]).total())
