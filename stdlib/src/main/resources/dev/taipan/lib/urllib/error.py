"""Exceptions raised by urllib.request.

URLError (an OSError) says why a URL could not be opened: its reason is a message or the
underlying exception (e.g. ConnectionRefusedError). HTTPError is the URLError for an HTTP
error status; it is also a response whose body can be read.
"""

import io
import urllib.response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """A URL could not be opened; reason says why."""

    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, urllib.response.addinfourl):
    """An HTTP error response (4xx, 5xx, or a redirect that was not followed): code, reason,
    headers, and read() for the body."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        if fp is None:
            fp = io.BytesIO()
        urllib.response.addinfourl.__init__(self, fp, hdrs, url, code)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """The downloaded data is shorter than the Content-Length said."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
