# Tests SyntaxError for a parameter without a default following one with a default.
def connect(host="localhost", port):
    return host, port
