package io.netlint.report.internal.sarif;

import java.util.HashMap;
import java.util.Map;

/**
 * GitHub's {@code primaryLocationLineHash} for every line of a file, computed as
 * {@code github/codeql-action} {@code src/fingerprints.ts} does when {@code upload-sarif} fills it
 * in: a rolling hash over the next 100 characters from each line start, spaces and tabs skipped,
 * CR and CRLF read as LF, then an end-of-file marker and 100 zeros. A value that differs from
 * upload-sarif's own is kept by GitHub but logged as inconsistent, so this must match exactly.
 */
public final class LineHashes {
  private static final int BLOCK_SIZE = 100;
  private static final long MOD = 37;
  private static final long FIRST_MOD = firstMod();
  private static final char EOF = 65535;

  private final String[] byLine;

  private LineHashes(String[] byLine) {
    this.byLine = byLine;
  }

  /** Hashes of {@code text}, read as UTF-16 code units as the upstream JavaScript reads it. */
  public static LineHashes of(String text) {
    return new Hasher().run(text);
  }

  /** The hash of a 1-based line, or null past the last line. */
  public String line(int line) {
    return line >= 1 && line < byLine.length ? byLine[line] : null;
  }

  /** How many lines have a hash; a file ending in a newline has one for the line after it. */
  public int lines() {
    return byLine.length - 1;
  }

  private static long firstMod() {
    long m = 1;
    for (int i = 0; i < BLOCK_SIZE; i++) m *= MOD;
    return m;
  }

  /** One pass over the text; the field names follow the upstream code. */
  private static final class Hasher {
    private final int[] window = new int[BLOCK_SIZE];
    private final int[] lineNumbers = new int[BLOCK_SIZE];
    private final Map<String, Integer> hashCounts = new HashMap<>();
    private String[] out = new String[16];
    private int maxLine;
    private long hashRaw;
    private int index;
    private int lineNumber;
    private boolean lineStart = true;
    private boolean prevCr;

    LineHashes run(String text) {
      java.util.Arrays.fill(lineNumbers, -1);
      for (int i = 0; i < text.length(); i++) processCharacter(text.charAt(i));
      processCharacter(EOF);
      for (int i = 0; i < BLOCK_SIZE; i++) {
        if (lineNumbers[index] != -1) outputHash();
        updateHash(0);
      }
      String[] exact = new String[maxLine + 1];
      System.arraycopy(out, 0, exact, 0, maxLine + 1);
      return new LineHashes(exact);
    }

    private void processCharacter(int current) {
      if (current == ' ' || current == '\t' || (prevCr && current == '\n')) {
        prevCr = false;
        return;
      }
      if (current == '\r') {
        current = '\n';
        prevCr = true;
      } else {
        prevCr = false;
      }
      if (lineNumbers[index] != -1) outputHash();
      if (lineStart) {
        lineStart = false;
        lineNumber++;
        lineNumbers[index] = lineNumber;
      }
      if (current == '\n') lineStart = true;
      updateHash(current);
    }

    private void outputHash() {
      String value = Long.toUnsignedString(hashRaw, 16);
      int n = hashCounts.merge(value, 1, Integer::sum);
      int line = lineNumbers[index];
      if (line >= out.length) out = java.util.Arrays.copyOf(out, Math.max(line + 1, out.length * 2));
      out[line] = value + ":" + n;
      maxLine = Math.max(maxLine, line);
      lineNumbers[index] = -1;
    }

    private void updateHash(int current) {
      int begin = window[index];
      window[index] = current;
      // long arithmetic wraps at 64 bits exactly as the upstream Long does.
      hashRaw = MOD * hashRaw + current - FIRST_MOD * begin;
      index = (index + 1) % BLOCK_SIZE;
    }
  }
}
