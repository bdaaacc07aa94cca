// Tokens of HCL2 native syntax, as Terraform writes it: enough to find blocks, labels and
// attributes with their positions. Templates (quoted strings and heredocs) are lexed in their
// own modes; "${", "%{" and every "{" push the expression mode, and "}" pops it, so braces of
// blocks, objects and interpolations stay balanced however they nest.
lexer grammar HclLexer;

@members {
  // Closing markers of the open heredocs, innermost last.
  private final java.util.ArrayDeque<String> heredocs = new java.util.ArrayDeque<>();

  private void openHeredoc() {
    String t = getText();
    int start = t.charAt(2) == '-' ? 3 : 2;
    int end = start;
    while (end < t.length() && isIdentifierPart(t.charAt(end))) end++;
    heredocs.push(t.substring(start, end));
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  // The closing marker stands alone on its line (indentation allowed).
  private boolean closesHeredoc() {
    if (heredocs.isEmpty() || _tokenStartCharPositionInLine != 0) return false;
    int next = _input.LA(1);
    if (next != '\n' && next != '\r' && next != EOF) return false;
    return getText().strip().equals(heredocs.peek());
  }

  private void closeBrace() {
    if (!_modeStack.isEmpty()) popMode();
  }
}

LINE_COMMENT  : ('#' | '//') ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
NEWLINE       : '\r'? '\n' -> channel(HIDDEN);
WS            : [ \t\f\u00a0]+ -> skip;

HEREDOC_START : '<<' '-'? ID_START ID_PART* [ \t]* '\r'? '\n' { openHeredoc(); } -> pushMode(HEREDOC);

FOR    : 'for';
IN     : 'in';
IF     : 'if';
ELSE   : 'else';
ENDIF  : 'endif';
ENDFOR : 'endfor';

NUMBER : DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)?;
IDENT  : ID_START ID_PART*;

OQUOTE : '"' -> pushMode(STRING);
LBRACE : '{' -> pushMode(DEFAULT_MODE);
RBRACE : '}' { closeBrace(); };

EQEQ     : '==';
NEQ      : '!=';
LE       : '<=';
GE       : '>=';
LT       : '<';
GT       : '>';
AND      : '&&';
OR       : '||';
NOT      : '!';
ARROW    : '=>';
ASSIGN   : '=';
ELLIPSIS : '...';
DCOLON   : '::';
DOT      : '.';
COMMA    : ',';
COLON    : ':';
QUESTION : '?';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
PERCENT  : '%';
TILDE    : '~';
LPAREN   : '(';
RPAREN   : ')';
LBRACK   : '[';
RBRACK   : ']';

// Anything else is one bad token, so the parser reports it where it stands.
ERROR_CHAR : . ;

fragment DIGIT    : [0-9];
fragment ID_START : [\p{L}_];
fragment ID_PART  : [\p{L}\p{N}_\-];

mode STRING;
CQUOTE          : '"' -> popMode;
INTERP_OPEN     : '${' -> pushMode(DEFAULT_MODE);
DIRECTIVE_OPEN  : '%{' -> pushMode(DEFAULT_MODE);
STRING_ESCAPE   : '\\' ~[\r\n] | '$${' | '%%{';
STRING_TEXT     : ~["\\$%\r\n]+ | '$' | '%';
// A quoted string may not span lines; ending it here keeps the rest of the file in sync.
STRING_NEWLINE  : '\r'? '\n' -> popMode;

mode HEREDOC;
HEREDOC_END        : [ \t]* ID_START ID_PART* [ \t]* { closesHeredoc() }? { heredocs.pop(); } -> popMode;
H_INTERP_OPEN      : '${' -> type(INTERP_OPEN), pushMode(DEFAULT_MODE);
H_DIRECTIVE_OPEN   : '%{' -> type(DIRECTIVE_OPEN), pushMode(DEFAULT_MODE);
H_ESCAPE           : ('$${' | '%%{') -> type(STRING_ESCAPE);
HEREDOC_TEXT       : ~[$%\r\n]+ | '$' | '%';
HEREDOC_NEWLINE    : '\r'? '\n';
