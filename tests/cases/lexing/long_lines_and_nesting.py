# Tests deeply nested brackets and expressions spanning many lines.
data = {"a": [1, {"b": (2, 3, [4, {"c": 5}])}], "d": ((((6,),),),)}
print(data["a"][1]["b"][2][1]["c"], data["d"][0][0][0][0])
value = ((((((((((1 + 2) * 3) - 4) // 2) ** 2) % 7) + 1) * 2) - 3) + 100)
print(value)
nested = [[[[i, j] for j in range(2)] for i in range(2)]]
print(nested)
def f(a): return lambda b: lambda c: a + b + c
print(f(1)(2)(3))
print(len(str([[[[[[[[]]]]]]]])))
