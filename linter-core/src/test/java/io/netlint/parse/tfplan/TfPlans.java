package io.netlint.parse.tfplan;

import io.netlint.model.Element;
import io.netlint.parse.InputKind;
import io.netlint.parse.LoadOptions;
import io.netlint.parse.LoadResult;
import io.netlint.parse.ParsedInput;
import io.netlint.parse.tree.TreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Loads the plan fixtures under {@code src/test/resources/tfplan}. */
final class TfPlans {
  private TfPlans() {}

  static LoadResult load(String name) {
    return loadText(name, resource(name));
  }

  static LoadResult loadText(String name, String text) {
    try {
      TreeReader.Result tree = TreeReader.read(name, text, TreeReader.Syntax.JSON);
      return TfPlanLoader.load(new ParsedInput(name, InputKind.TERRAFORM_PLAN, tree.root()),
          LoadOptions.defaults());
    } catch (io.netlint.parse.tree.SyntaxError e) {
      throw new AssertionError(name + ": " + e.getMessage(), e);
    }
  }

  static String resource(String name) {
    try (InputStream in = TfPlans.class.getResourceAsStream("/tfplan/" + name)) {
      if (in == null) throw new AssertionError("missing fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T extends Element> T one(LoadResult result, Class<T> type, String address) {
    return find(result, type, address)
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + address
            + " in " + result.elements().stream().map(Element::key).toList()));
  }

  static <T extends Element> Optional<T> find(LoadResult result, Class<T> type, String address) {
    return result.elements().stream().filter(type::isInstance).map(type::cast)
        .filter(e -> e.key().endsWith("#" + address)).findFirst();
  }

  static <T extends Element> List<T> all(LoadResult result, Class<T> type) {
    return result.elements().stream().filter(type::isInstance).map(type::cast).toList();
  }
}
