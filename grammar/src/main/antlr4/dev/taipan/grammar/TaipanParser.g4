/*
 * Taipan's parser: the syntax of Python 3.12 as the Python language reference gives it,
 * written in the classic (LL) style so that ANTLR's SLL prediction decides almost every
 * choice with one or two tokens. No actions: dev.taipan.parse builds the AST from the tree.
 *
 * The grammar accepts a little more than Python where CPython's own parser reports a
 * precise error later (assignment targets are parsed as expressions, parameters as a flat
 * list); the AST builder checks those with CPython's messages.
 */
parser grammar TaipanParser;

options { tokenVocab = TaipanLexer; }

// ------------------------------------------------------------------ entry points

file_input : (NEWLINE | stmt)* EOF ;

eval_input : testlist NEWLINE* EOF ;

/** The expression of an f-string replacement field, lexed in expression mode. */
fstring_expr : yield_expr | star_expressions ;

// ------------------------------------------------------------------ statements

stmt : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
    : expr_stmt
    | return_stmt
    | import_name
    | import_from
    | raise_stmt
    | pass_stmt
    | del_stmt
    | assert_stmt
    | break_stmt
    | continue_stmt
    | global_stmt
    | nonlocal_stmt
    ;

/** Expression statement, assignment (a = b = c), augmented and annotated assignment. */
expr_stmt
    : expr_or_yield
      ( COLON test (EQUAL expr_or_yield)?
      | augassign expr_or_yield
      | (EQUAL expr_or_yield)*
      )
    ;

expr_or_yield : yield_expr | star_expressions ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL | VBAREQUAL
    | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    ;

return_stmt : RETURN star_expressions? ;

raise_stmt : RAISE (test (FROM test)?)? ;

pass_stmt : PASS ;

break_stmt : BREAK ;

continue_stmt : CONTINUE ;

del_stmt : DEL star_expressions ;

assert_stmt : ASSERT test (COMMA test)? ;

global_stmt : GLOBAL NAME (COMMA NAME)* ;

nonlocal_stmt : NONLOCAL NAME (COMMA NAME)* ;

import_name : IMPORT dotted_as_name (COMMA dotted_as_name)* ;

dotted_as_name : dotted_name (AS NAME)? ;

dotted_name : NAME (DOT NAME)* ;

import_from
    : FROM (DOT | ELLIPSIS)* dotted_name IMPORT import_targets
    | FROM (DOT | ELLIPSIS)+ IMPORT import_targets
    ;

import_targets
    : STAR
    | LPAR import_as_name (COMMA import_as_name)* COMMA? RPAR
    | import_as_name (COMMA import_as_name)*
    ;

import_as_name : NAME (AS NAME)? ;

// ------------------------------------------------------------------ compound statements

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    ;

async_stmt : ASYNC (funcdef | with_stmt | for_stmt) ;

if_stmt : IF namedexpr_test COLON block elif_clause* else_clause? ;

elif_clause : ELIF namedexpr_test COLON block ;

else_clause : ELSE COLON block ;

while_stmt : WHILE namedexpr_test COLON block else_clause? ;

for_stmt : FOR star_targets IN star_expressions COLON block else_clause? ;

try_stmt : TRY COLON block (except_clause+ else_clause? finally_clause? | finally_clause) ;

except_clause : EXCEPT STAR? (test (AS NAME)?)? COLON block ;

finally_clause : FINALLY COLON block ;

with_stmt
    : WITH ( LPAR with_item (COMMA with_item)* COMMA? RPAR COLON
           | with_item (COMMA with_item)* COLON
           ) block
    ;

with_item : test (AS expr)? ;

funcdef : DEF NAME type_params? LPAR parameters? RPAR (ARROW test)? COLON block ;

classdef : CLASS NAME type_params? (LPAR arglist? RPAR)? COLON block ;

decorated : decorator+ (classdef | funcdef | ASYNC funcdef) ;

decorator : AT namedexpr_test NEWLINE ;

type_params : LSQB type_param (COMMA type_param)* COMMA? RSQB ;

type_param : NAME (COLON test)? | STAR NAME | DOUBLESTAR NAME ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

/** A flat parameter list; the AST builder checks the order with CPython's messages. */
parameters : parameter (COMMA parameter)* COMMA? ;

parameter
    : SLASH
    | STAR (NAME (COLON test)?)?
    | DOUBLESTAR NAME (COLON test)?
    | NAME (COLON test)? (EQUAL test)?
    ;

lambda_parameters : lambda_parameter (COMMA lambda_parameter)* COMMA? ;

lambda_parameter
    : SLASH
    | STAR NAME?
    | DOUBLESTAR NAME
    | NAME (EQUAL test)?
    ;

// ------------------------------------------------------------------ expressions

star_expressions : star_expression (COMMA star_expression)* COMMA? ;

star_expression : STAR expr | test ;

/** Assignment-like targets (for loops, comprehensions); checked by the AST builder. */
star_targets : star_target (COMMA star_target)* COMMA? ;

star_target : STAR expr | expr ;

testlist : test (COMMA test)* COMMA? ;

namedexpr_test : test (COLONEQUAL test)? ;

test
    : or_test (IF or_test ELSE test)?
    | lambdef
    ;

lambdef : LAMBDA lambda_parameters? COLON test ;

or_test : and_test (OR and_test)* ;

and_test : not_test (AND not_test)* ;

not_test : NOT not_test | comparison ;

comparison : expr (comp_op expr)* ;

comp_op : LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL | IN | NOT IN | IS | IS NOT ;

/** Bitwise and arithmetic operators with Python's precedence (first alternative binds tightest). */
expr
    : atom_expr                                                         # primaryExpr
    | <assoc=right> expr DOUBLESTAR expr                                # powerExpr
    | op=(PLUS | MINUS | TILDE) expr                                    # unaryExpr
    | expr op=(STAR | SLASH | PERCENT | DOUBLESLASH | AT) expr          # binaryExpr
    | expr op=(PLUS | MINUS) expr                                       # binaryExpr
    | expr op=(LEFTSHIFT | RIGHTSHIFT) expr                             # binaryExpr
    | expr op=AMPER expr                                                # binaryExpr
    | expr op=CIRCUMFLEX expr                                           # binaryExpr
    | expr op=VBAR expr                                                 # binaryExpr
    ;

atom_expr : AWAIT? atom trailer* ;

atom
    : LPAR (yield_expr | testlist_comp)? RPAR                           # parenAtom
    | LSQB testlist_comp? RSQB                                          # listAtom
    | LBRACE dictorsetmaker? RBRACE                                     # braceAtom
    | NAME                                                              # nameAtom
    | NUMBER                                                            # numberAtom
    | (STRING | FSTRING)+                                               # stringAtom
    | ELLIPSIS                                                          # ellipsisAtom
    | NONE                                                              # noneAtom
    | TRUE                                                              # trueAtom
    | FALSE                                                             # falseAtom
    ;

testlist_comp : list_item (comp_for | (COMMA list_item)* COMMA?) ;

list_item : namedexpr_test | STAR expr ;

trailer
    : LPAR arglist? RPAR                                                # callTrailer
    | LSQB subscript (COMMA subscript)* COMMA? RSQB                     # subscriptTrailer
    | DOT NAME                                                          # attributeTrailer
    ;

subscript
    : test? COLON test? (COLON test?)?                                  # sliceSubscript
    | namedexpr_test                                                    # indexSubscript
    | STAR expr                                                         # starSubscript
    ;

dictorsetmaker
    : dict_item (comp_for | (COMMA dict_item)* COMMA?)                  # dictMaker
    | list_item (comp_for | (COMMA list_item)* COMMA?)                  # setMaker
    ;

dict_item : test COLON test | DOUBLESTAR expr ;

arglist : argument (COMMA argument)* COMMA? ;

argument
    : namedexpr_test comp_for?                                          # positionalArgument
    | test EQUAL test                                                   # keywordArgument
    | STAR test                                                         # starArgument
    | DOUBLESTAR test                                                   # doubleStarArgument
    ;

comp_for : for_if_clause+ ;

for_if_clause : ASYNC? FOR star_targets IN or_test (IF or_test)* ;

yield_expr : YIELD (FROM test | star_expressions)? ;
