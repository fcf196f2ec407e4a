/*
 * Taipan's lexer: keywords, names and operators of Python 3.12.
 *
 * Everything that depends on context is done by TaipanLexerBase, which runs before these
 * rules at every token: whitespace, comments, line joining, NEWLINE/INDENT/DEDENT, string
 * and f-string literals (PEP 701 nesting), numbers (for CPython's exact error messages) and
 * names (any non-ASCII character may start one, checked afterwards as CPython does; a name
 * spelled like a keyword gets the keyword's token type from the rules below).
 * The tokens it makes are declared in the tokens block below.
 */
lexer grammar TaipanLexer;

options { superClass = TaipanLexerBase; }

tokens { NEWLINE, INDENT, DEDENT, NAME, NUMBER, STRING, FSTRING }

// Hard keywords. The soft keywords (match, case, type, _) are plain NAMEs.
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// Brackets (TaipanLexerBase counts them for implicit line joining).
LPAR   : '(';
RPAR   : ')';
LSQB   : '[';
RSQB   : ']';
LBRACE : '{';
RBRACE : '}';

// Operators and delimiters, longest first where one is a prefix of another.
ELLIPSIS    : '...';
DOT         : '.';
COMMA       : ',';
COLON       : ':';
SEMI        : ';';
ARROW       : '->';
COLONEQUAL  : ':=';
DOUBLESTAREQUAL  : '**=';
DOUBLESLASHEQUAL : '//=';
LEFTSHIFTEQUAL   : '<<=';
RIGHTSHIFTEQUAL  : '>>=';
PLUSEQUAL   : '+=';
MINEQUAL    : '-=';
STAREQUAL   : '*=';
SLASHEQUAL  : '/=';
PERCENTEQUAL: '%=';
ATEQUAL     : '@=';
AMPEREQUAL  : '&=';
VBAREQUAL   : '|=';
CIRCUMFLEXEQUAL : '^=';
EQEQUAL     : '==';
NOTEQUAL    : '!=';
LESSEQUAL   : '<=';
GREATEREQUAL: '>=';
DOUBLESTAR  : '**';
DOUBLESLASH : '//';
LEFTSHIFT   : '<<';
RIGHTSHIFT  : '>>';
EQUAL       : '=';
LESS        : '<';
GREATER     : '>';
PLUS        : '+';
MINUS       : '-';
STAR        : '*';
SLASH       : '/';
PERCENT     : '%';
AT          : '@';
AMPER       : '&';
VBAR        : '|';
CIRCUMFLEX  : '^';
TILDE       : '~';
EXCLAMATION : '!';

// Any other character: TaipanLexerBase turns it into CPython's error.
ERRORCHAR : . ;
