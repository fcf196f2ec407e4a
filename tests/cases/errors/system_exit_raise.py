# Tests raising SystemExit directly with an int code, after finally blocks run.
def shutdown(code):
    try:
        print("shutting down with", code)
        raise SystemExit(code)
    finally:
        print("cleanup done")
shutdown(5)
