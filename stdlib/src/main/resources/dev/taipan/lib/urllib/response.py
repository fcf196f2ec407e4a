"""File-like wrappers that urllib returns: addinfourl adds info(), geturl() and the status
code to an open file (a local file for file: URLs; HTTPError wraps the error response)."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """Wraps an open file: reads, iteration and other attributes go to the file."""

    def __init__(self, fp):
        self.fp = self.file = fp
        self.name = '<urllib response>'
        self.delete = False

    def __getattr__(self, name):
        # Only called for attributes not found normally: delegate to the wrapped file.
        if name in ('fp', 'file'):
            raise AttributeError(name)
        return getattr(self.__dict__['file'], name)

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (type(self).__name__, id(self), self.file)

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        self.file.close()


class addclosehook(addbase):
    """Calls closehook(*hookargs) when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook, args = self.closehook, self.hookargs
            if hook:
                self.closehook = self.hookargs = None
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """Adds info(), the headers."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """Adds geturl(), getcode() and status."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
