// HCL2 native syntax (a Terraform .tf file). Newlines are hidden: an item of a body always starts
// with an identifier, which cannot continue an expression, so bodies parse without them.
parser grammar HclParser;

options { tokenVocab = HclLexer; }

configFile : body EOF;

body : (attribute | block)*;

attribute : identifier ASSIGN expression;

block : identifier (template | identifier)* LBRACE body RBRACE;

expression
  : exprTerm                                                      # term
  | op=(MINUS | NOT) expression                                   # unary
  | expression op=(STAR | SLASH | PERCENT) expression             # binary
  | expression op=(PLUS | MINUS) expression                       # binary
  | expression op=(LT | GT | LE | GE) expression                  # binary
  | expression op=(EQEQ | NEQ) expression                         # binary
  | expression op=AND expression                                  # binary
  | expression op=OR expression                                   # binary
  | <assoc=right> expression QUESTION expression COLON expression # conditional
  ;

exprTerm : primary postfix*;

primary
  : NUMBER                              # number
  | template                            # quoted
  | heredoc                             # heredocTemplate
  | functionCall                        # call
  | identifier                          # variable
  | LPAREN expression RPAREN            # parenthesized
  | LBRACK FOR forIntro expression (IF expression)? RBRACK            # forTuple
  | LBRACE FOR forIntro expression ARROW expression ELLIPSIS? (IF expression)? RBRACE # forObject
  | LBRACK (expression (COMMA expression)* COMMA?)? RBRACK            # tuple
  | LBRACE (objectItem (COMMA? objectItem)* COMMA?)? RBRACE           # object
  ;

forIntro : identifier (COMMA identifier)? IN expression COLON;

objectItem : expression (ASSIGN | COLON) expression;

functionCall
  : identifier (DCOLON identifier)* LPAREN (expression (COMMA expression)* (COMMA | ELLIPSIS)?)? RPAREN
  ;

postfix
  : LBRACK STAR RBRACK                  # fullSplat
  | LBRACK expression RBRACK            # index
  | DOT STAR                            # attrSplat
  | DOT (identifier | NUMBER)           # getAttr
  ;

template : OQUOTE templatePart* CQUOTE;

heredoc : HEREDOC_START templatePart* HEREDOC_END;

templatePart
  : STRING_TEXT
  | STRING_ESCAPE
  | HEREDOC_TEXT
  | HEREDOC_NEWLINE
  | INTERP_OPEN TILDE? expression TILDE? RBRACE
  | DIRECTIVE_OPEN TILDE? directive TILDE? RBRACE
  ;

directive
  : IF expression
  | ELSE
  | ENDIF
  | FOR identifier (COMMA identifier)? IN expression
  | ENDFOR
  ;

// Keywords of for-expressions and template directives are ordinary names elsewhere.
identifier : IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR;
