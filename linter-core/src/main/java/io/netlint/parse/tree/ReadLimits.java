package io.netlint.parse.tree;

/**
 * The bounds on one JSON or YAML document. Templates and plans come from pull requests, forks
 * included, so a document must not be able to exhaust the runner: each limit ends the read with
 * a diagnostic that names it and the system property that raises it
 * ({@code JAVA_TOOL_OPTIONS=-Dnetlint.maxNestingDepth=1000}, which the command line and the
 * Maven plugin both honour). {@code docs/ROBUSTNESS.md} lists them.
 *
 * @param maxNestingDepth objects and arrays (mappings and sequences) open at once
 * @param maxStringLength characters in one string value
 * @param maxNameLength characters in one key
 * @param maxNumberLength characters in one number
 * @param maxDocumentLength characters in the document (YAML: code points)
 * @param maxTokenCount JSON tokens (keys, values, brackets) in the document, which bounds the
 *     memory of the tree built from it
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNameLength,
    int maxNumberLength, long maxDocumentLength, long maxTokenCount) {

  public static final int DEFAULT_NESTING_DEPTH = 500;
  public static final int DEFAULT_STRING_LENGTH = 64 * 1024 * 1024;
  public static final int DEFAULT_NAME_LENGTH = 50_000;
  public static final int DEFAULT_NUMBER_LENGTH = 1_000;
  public static final long DEFAULT_DOCUMENT_LENGTH = 256L * 1024 * 1024;
  public static final long DEFAULT_TOKEN_COUNT = 50_000_000L;

  /** One limit: its system property and what it bounds, in the words of a diagnostic. */
  enum Limit {
    NESTING_DEPTH("netlint.maxNestingDepth", "nesting depth"),
    STRING_LENGTH("netlint.maxStringLength", "string length"),
    NAME_LENGTH("netlint.maxNameLength", "key length"),
    NUMBER_LENGTH("netlint.maxNumberLength", "number length"),
    DOCUMENT_LENGTH("netlint.maxDocumentLength", "document length"),
    TOKEN_COUNT("netlint.maxTokenCount", "token count");

    final String property;
    final String words;

    Limit(String property, String words) {
      this.property = property;
      this.words = words;
    }
  }

  public ReadLimits {
    if (maxNestingDepth < 1 || maxStringLength < 1 || maxNameLength < 1 || maxNumberLength < 1
        || maxDocumentLength < 1 || maxTokenCount < 1) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }

  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_NESTING_DEPTH, DEFAULT_STRING_LENGTH, DEFAULT_NAME_LENGTH,
        DEFAULT_NUMBER_LENGTH, DEFAULT_DOCUMENT_LENGTH, DEFAULT_TOKEN_COUNT);
  }

  /** The defaults, each replaced by its system property when that is set. */
  public static ReadLimits fromSystemProperties() {
    return new ReadLimits(
        (int) property(Limit.NESTING_DEPTH, DEFAULT_NESTING_DEPTH),
        (int) property(Limit.STRING_LENGTH, DEFAULT_STRING_LENGTH),
        (int) property(Limit.NAME_LENGTH, DEFAULT_NAME_LENGTH),
        (int) property(Limit.NUMBER_LENGTH, DEFAULT_NUMBER_LENGTH),
        property(Limit.DOCUMENT_LENGTH, DEFAULT_DOCUMENT_LENGTH),
        property(Limit.TOKEN_COUNT, DEFAULT_TOKEN_COUNT));
  }

  long value(Limit limit) {
    return switch (limit) {
      case NESTING_DEPTH -> maxNestingDepth;
      case STRING_LENGTH -> maxStringLength;
      case NAME_LENGTH -> maxNameLength;
      case NUMBER_LENGTH -> maxNumberLength;
      case DOCUMENT_LENGTH -> maxDocumentLength;
      case TOKEN_COUNT -> maxTokenCount;
    };
  }

  /** The end of a diagnostic: which limit was met and how to raise it. */
  String explain(Limit limit) {
    return "the " + limit.words + " limit is " + value(limit) + "; raise it with -D"
        + limit.property + "=N (for example in JAVA_TOOL_OPTIONS)";
  }

  private static long property(Limit limit, long fallback) {
    String value = System.getProperty(limit.property);
    if (value == null || value.isBlank()) return fallback;
    try {
      long parsed = Long.parseLong(value.strip().replace("_", ""));
      long max = limit == Limit.DOCUMENT_LENGTH || limit == Limit.TOKEN_COUNT
          ? Long.MAX_VALUE : Integer.MAX_VALUE;
      return parsed < 1 ? fallback : Math.min(parsed, max);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
