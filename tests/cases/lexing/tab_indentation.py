# Tests blocks indented consistently with tab characters.
def count_evens(nums):
	count = 0
	for n in nums:
		if n % 2 == 0:
			count += 1
	return count

print(count_evens(range(10)))
class T:
	def m(self):
		return "tab method"
print(T().m())
