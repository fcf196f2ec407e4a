"""Helper module with shapes for the modules cases."""
PI = 3.14159
created = []
def area_circle(r):
    return round(PI * r * r, 3)
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
        created.append(self)
    def area(self):
        return self.w * self.h
def describe():
    return f"module {__name__} with {len(created)} rects"
if __name__ == "__main__":
    print("helper_shapes run as a script")
