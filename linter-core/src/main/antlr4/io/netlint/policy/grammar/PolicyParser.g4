// Syntax of the netlint policy language (*.netpolicy). Reference: docs/policies.md.
// PolicyAstBuilder turns these parse trees into io.netlint.policy.ast records; nothing else
// touches them.
parser grammar PolicyParser;

options { tokenVocab = PolicyLexer; }

policyFile : letStep* policy+ EOF ;

// policy NET901 vpcs-in-corporate-range
//   severity error
//   summary "..."
//   for vpc in vpcs
//   require vpc.cidr within 10.0.0.0/8
//   message "VPC {vpc} ({vpc.cidr}) is outside 10.0.0.0/8"
policy
  : POLICY id=IDENT slug header* step* verdict unknownClause? messageClause
  ;

slug : slugPart (MINUS slugPart)* ;
slugPart : IDENT | NUMBER | keyword ;

header
  : SEVERITY level=IDENT                   # severityHeader
  | SUMMARY STRING+                        # summaryHeader
  | TAGS slug (COMMA slug)*                # tagsHeader
  ;

step
  : FOR binding (COMMA binding)*           # forStep
  | letStep                                # letDecl
  | WHERE expr                             # whereStep
  ;

letStep : LET name=IDENT ASSIGN expr ;
binding : name=IDENT IN expr ;

verdict
  : REQUIRE expr                           # requireVerdict
  | FORBID expr                            # forbidVerdict
  ;

unknownClause : WHEN UNKNOWN outcome=(PASS | FAIL | IDENT) ;
messageClause : MESSAGE STRING+ ;

// Placeholders of a message template, {expr}, are parsed with this entry rule.
placeholder : expr EOF ;

expr : orExpr ;
orExpr : andExpr (OR andExpr)* ;
andExpr : notExpr (AND notExpr)* ;
notExpr
  : NOT notExpr                            # negation
  | predicate                              # plain
  ;

predicate
  : quantifier=(ANY | NO) name=IDENT IN value WHERE expr               # someOrNone
  | ALL name=IDENT IN value SATISFY expr                               # every
  | left=value op=(EQEQ | NEQ | LT | LE | GT | GE) right=value          # comparison
  | left=value IS NOT? state=(SET | UNKNOWN)                           # stateTest
  | left=value NOT? op=(IN | CONTAINS | BEFORE) right=value            # membership
  | left=value NOT? op=(WITHIN | OVERLAPS) over=(ANY | ALL)? right=value  # cidrTest
  | left=value NOT? MATCHES pattern=STRING                             # regexTest
  | value                                                              # single
  ;

value
  : primary                                # atom
  | value DOT word                         # attribute
  | value LBRACK expr RBRACK               # lookup
  ;

primary
  : fn=IDENT LPAREN (expr (COMMA expr)*)? RPAREN    # call
  | IDENT                                  # variable
  | STRING                                 # text
  | NUMBER                                 # number
  | CIDR                                   # cidr
  | (TRUE | FALSE)                         # bool
  | LBRACK (expr (COMMA expr)*)? RBRACK    # list
  | LPAREN expr RPAREN                     # parens
  ;

// After a dot any word is an attribute name, keywords included (vpc.tags, rule.set).
word : IDENT | keyword ;

keyword
  : POLICY | SEVERITY | SUMMARY | TAGS | LET | FOR | IN | WHERE | REQUIRE | FORBID | WHEN
  | UNKNOWN | PASS | FAIL | MESSAGE | AND | OR | NOT | IS | SET | TRUE | FALSE | WITHIN
  | OVERLAPS | CONTAINS | MATCHES | BEFORE | ANY | ALL | NO | SATISFY
  ;
