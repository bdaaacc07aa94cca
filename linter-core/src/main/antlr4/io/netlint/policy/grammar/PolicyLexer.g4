// Tokens of the netlint policy language (*.netpolicy). Reference: docs/policies.md.
lexer grammar PolicyLexer;

// Keywords. They may still name attributes after a dot (vpc.tags), see PolicyParser.word.
POLICY   : 'policy';
SEVERITY : 'severity';
SUMMARY  : 'summary';
TAGS     : 'tags';
LET      : 'let';
FOR      : 'for';
IN       : 'in';
WHERE    : 'where';
REQUIRE  : 'require';
FORBID   : 'forbid';
WHEN     : 'when';
UNKNOWN  : 'unknown';
PASS     : 'pass';
FAIL     : 'fail';
MESSAGE  : 'message';
AND      : 'and';
OR       : 'or';
NOT      : 'not';
IS       : 'is';
SET      : 'set';
TRUE     : 'true';
FALSE    : 'false';
WITHIN   : 'within';
OVERLAPS : 'overlaps';
CONTAINS : 'contains';
MATCHES  : 'matches';
BEFORE   : 'before';
ANY      : 'any';
ALL      : 'all';
NO       : 'no';
SATISFY  : 'satisfy';

// A CIDR is one token, so 10.0.0.0/8 never reads as numbers and dots. Checked by the builder.
CIDR     : OCTETS '/' DIGIT+
         | HEX* ':' [0-9a-fA-F:]* '/' DIGIT+
         ;
// An address without a prefix length; the builder asks for one.
ADDRESS  : OCTETS;
NUMBER   : DIGIT+;
IDENT    : [a-zA-Z_] [a-zA-Z0-9_]*;
// Double or single quotes; single quotes save escaping inside a message's {placeholders}.
STRING   : '"' (ESCAPE | ~["\\\r\n])* '"'
         | '\'' (ESCAPE | ~['\\\r\n])* '\''
         ;
// A string that reaches the end of its line; reported as such.
UNTERMINATED_STRING : '"' (ESCAPE | ~["\\\r\n])*
                    | '\'' (ESCAPE | ~['\\\r\n])*
                    ;

EQEQ     : '==';
NEQ      : '!=';
LE       : '<=';
GE       : '>=';
LT       : '<';
GT       : '>';
ASSIGN   : '=';
DOT      : '.';
COMMA    : ',';
MINUS    : '-';
LPAREN   : '(';
RPAREN   : ')';
LBRACK   : '[';
RBRACK   : ']';

COMMENT  : '#' ~[\r\n]* -> skip;
WS       : [ \t\r\n\f]+ -> skip;
// Anything else becomes a token, so the parser (not the lexer) reports it with context.
OTHER    : .;

fragment DIGIT  : [0-9];
fragment HEX    : [0-9a-fA-F];
fragment OCTETS : DIGIT+ '.' DIGIT+ '.' DIGIT+ '.' DIGIT+;
fragment ESCAPE : '\\' .;
