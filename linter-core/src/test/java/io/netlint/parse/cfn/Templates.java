package io.netlint.parse.cfn;

import io.netlint.model.Element;
import io.netlint.parse.Diagnostic;
import io.netlint.parse.InputKind;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.SyntaxError;
import io.netlint.parse.tree.TreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads test templates and loads them. */
final class Templates {

  private Templates() {}

  static ParsedInput parse(String file, String text) {
    try {
      return new ParsedInput(file, InputKind.CLOUDFORMATION,
          TreeReader.read(file, text, TreeReader.sniff(text)).root());
    } catch (SyntaxError e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** A template from {@code src/test/resources/cfn/}. */
  static ParsedInput resource(String name) {
    try (InputStream in = Templates.class.getResourceAsStream("/cfn/" + name)) {
      if (in == null) throw new IllegalArgumentException("no test resource cfn/" + name);
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LoadResult load(String... names) { return loadIn(Optional.empty(), names); }

  static LoadResult loadIn(Optional<String> region, String... names) {
    List<ParsedInput> inputs = new ArrayList<>();
    for (String n : names) inputs.add(resource(n));
    return CfnLoader.load(inputs, new LoadOptions(region));
  }

  /** One inline template, named {@code t.yaml}. */
  static LoadResult loadText(String text) {
    return CfnLoader.load(List.of(parse("t.yaml", text)), LoadOptions.defaults());
  }

  static LoadResult loadText(Optional<String> region, String text) {
    return CfnLoader.load(List.of(parse("t.yaml", text)), new LoadOptions(region));
  }

  static <T extends Element> T element(LoadResult r, String key, Class<T> type) {
    return r.elements().stream()
        .filter(e -> e.key().equals(key))
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no element " + key + " among "
            + r.elements().stream().map(Element::key).toList()));
  }

  static <T extends Element> List<T> all(LoadResult r, Class<T> type) {
    return r.elements().stream().filter(type::isInstance).map(type::cast).toList();
  }

  static List<String> messages(LoadResult r) {
    return r.diagnostics().stream().map(Diagnostic::message).toList();
  }
}
