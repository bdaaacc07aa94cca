package io.netlint.engine;

import io.netlint.parse.Diagnostic;
import io.netlint.parse.InputKind;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one file: decodes its text, parses it and decides what kind of input it is. */
final class InputReader {

  record Result(Optional<ParsedInput> input, List<Diagnostic> diagnostics) {}

  private InputReader() {}

  static Result read(InputFile file) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text;
    try {
      if (!Files.isRegularFile(file.path())) {
        return failed(file, "not a regular file");
      }
      text = decode(Files.readAllBytes(file.path()));
    } catch (MalformedInputException e) {
      return failed(file, "not valid UTF-8 text: " + e.getMessage());
    } catch (CharacterCodingException e) {
      return failed(file, "not valid text: " + e.getMessage());
    } catch (IOException e) {
      return failed(file, "cannot be read: " + e.getMessage());
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

  private static Result failed(InputFile file, String message) {
    return new Result(Optional.empty(), List.of(Diagnostic.error(file.display(), 1, 1, message)));
  }

  /** UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else is refused. */
  static String decode(byte[] bytes) throws CharacterCodingException {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(StandardCharsets.UTF_16BE.newDecoder(), bytes, 2);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(StandardCharsets.UTF_16LE.newDecoder(), bytes, 2);
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    return strict(StandardCharsets.UTF_8.newDecoder(), bytes, skip);
  }

  private static String strict(CharsetDecoder decoder, byte[] bytes, int offset)
      throws CharacterCodingException {
    return decoder.onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }
}
