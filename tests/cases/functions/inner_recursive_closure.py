# Tests a nested function that recurses through its own closure name and captures outer state.
def count_paths(grid):
    rows, cols = len(grid), len(grid[0])
    seen = {}
    def walk(r, c):
        if r >= rows or c >= cols or grid[r][c] == "#":
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        if (r, c) not in seen:
            seen[(r, c)] = walk(r + 1, c) + walk(r, c + 1)
        return seen[(r, c)]
    return walk(0, 0), len(seen)
print(count_paths(["...", "...", "..."]))
print(count_paths(["..#", "#..", "..."]))
def tower(n):
    moves = []
    def move(k, src, dst, via):
        if k:
            move(k - 1, src, via, dst)
            moves.append(f"{src}->{dst}")
            move(k - 1, via, dst, src)
    move(n, "A", "C", "B")
    return moves
print(tower(3), len(tower(10)))
