package io.netlint.engine;

import io.netlint.parse.Diagnostic;
import io.netlint.parse.InputKind;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one file: decodes its text, parses it and decides what kind of input it is. */
final class InputReader {

  record Result(Optional<ParsedInput> input, List<Diagnostic> diagnostics) {}

  private InputReader() {}

  static Result read(InputFile file) {
    return read(file, LintRequest.DEFAULT_MAX_FILE_SIZE);
  }

  /** Reads a file of at most {@code maxFileSize} bytes; a larger one is refused unread. */
  static Result read(InputFile file, long maxFileSize) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text;
    byte[] bytes;
    try {
      // FIFOs, devices and sockets are refused before they are opened: reading one could block
      if (!Files.isRegularFile(file.path())) {
        return failed(file, "not a regular file (a FIFO, device or socket); not read");
      }
      long size = Files.size(file.path());
      if (size > maxFileSize) return tooLarge(file, size, maxFileSize);
      try (InputStream in = Files.newInputStream(file.path(), StandardOpenOption.READ)) {
        // bounded, in case the file grew since its size was taken
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
      }
      if (bytes.length > maxFileSize) return tooLarge(file, bytes.length, maxFileSize);
    } catch (IOException e) {
      return failed(file, "cannot be read: " + e.getMessage());
    }
    try {
      text = decode(bytes);
    } catch (Undecodable e) {
      return new Result(Optional.empty(), List.of(Diagnostic.error(file.display(), e.line,
          e.column, e.getMessage())));
    }
    TreeReader.Result tree;
    try {
      tree = TreeReader.read(file.display(), text, TreeReader.sniff(text));
    } catch (SyntaxError e) {
      if (!file.explicit() && !looksLikeInput(text)) {
        return new Result(Optional.empty(), List.of()); // an unrelated file in a walked directory
      }
      return new Result(Optional.empty(), List.of(Diagnostic.error(file.display(),
          e.position().line(), e.position().column(), "cannot parse: " + e.getMessage())));
    }
    Optional<InputKind> kind = InputKind.classify(tree.root());
    if (kind.isEmpty()) {
      if (file.explicit()) {
        return failed(file, "neither a CloudFormation template nor a Terraform plan"
            + " (no 'Resources' section and no plan or state values)");
      }
      return new Result(Optional.empty(), List.of());
    }
    diagnostics.addAll(tree.diagnostics());
    return new Result(Optional.of(new ParsedInput(file.display(), kind.get(), tree.root(), text)),
        diagnostics);
  }

  /** Broken files in a walk are reported only when they look like a template or plan. */
  private static boolean looksLikeInput(String text) {
    return text.contains("Resources") || text.contains("AWSTemplateFormatVersion")
        || text.contains("planned_values") || text.contains("resource_changes")
        || text.contains("format_version");
  }

  private static Result tooLarge(InputFile file, long size, long maxFileSize) {
    return failed(file, "file too large: " + size + " bytes, above the maximum of " + maxFileSize
        + " bytes; not read (raise it with --max-file-size, max-file-size in .netlint.yml or"
        + " the Maven parameter maxFileSize)");
  }

  private static Result failed(InputFile file, String message) {
    return new Result(Optional.empty(), List.of(Diagnostic.error(file.display(), 1, 1, message)));
  }

  /** Text that does not decode: where (line and column of the bad byte) and why. */
  static final class Undecodable extends Exception {
    final int line;
    final int column;

    Undecodable(String message, int line, int column) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  /** UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else is refused. */
  static String decode(byte[] bytes) throws Undecodable {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(StandardCharsets.UTF_16BE, bytes, 2);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(StandardCharsets.UTF_16LE, bytes, 2);
    }
    // a NUL next to an ASCII character: UTF-16 without its byte order mark, which would
    // otherwise decode as UTF-8 and fail to parse with a puzzling message
    if (bytes.length >= 2 && (bytes[0] == 0) != (bytes[1] == 0)) {
      throw new Undecodable("looks like UTF-16 without a byte order mark; save it as UTF-8, or as"
          + " UTF-16 with a byte order mark", 1, 1);
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    if (ascii(bytes, skip)) {
      // most inputs: a straight copy, without the decoder's buffer of twice the file's size
      return new String(bytes, skip, bytes.length - skip, StandardCharsets.US_ASCII);
    }
    return strict(StandardCharsets.UTF_8, bytes, skip);
  }

  private static boolean ascii(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] < 0) return false;
    }
    return true;
  }

  private static String strict(Charset charset, byte[] bytes, int offset) throws Undecodable {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    // UTF-8 and UTF-16 never decode to more chars than they have bytes
    CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) {
      int bad = in.position();
      // the line and column of the bad byte, counted in the text decoded before it
      out.flip();
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new Undecodable("not valid " + charset.name() + " text: "
          + (result.isMalformed() ? "malformed" : "unmappable") + " byte sequence at byte offset "
          + bad + " (0x" + String.format("%02X", bytes[bad] & 0xFF) + ")", line, column);
    }
    out.flip();
    return out.toString();
  }
}
