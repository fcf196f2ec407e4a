"""The email package: only the parts HTTP needs (header blocks as Message objects).

Taipan's email package holds email.message.Message (headers, content-type parameters, a
str payload), email.parser.Parser / HeaderParser, a few email.utils functions and the
email.errors classes. MIME multipart parsing, encoded words and header folding are not
implemented.
"""

__all__ = ['message_from_string', 'message_from_file']


def message_from_string(s, *args, **kws):
    """Parses a string into a Message object model."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_file(fp, *args, **kws):
    """Reads a file and parses its contents into a Message object model."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)
