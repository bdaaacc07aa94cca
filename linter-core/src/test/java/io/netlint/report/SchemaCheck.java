package io.netlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Validates reports against the published schemas kept in {@code ../shared/schemas} beside the
 * project root (system property {@code netlint.projectRoot}, set by the build). Tests that need a
 * schema are skipped, not failed, where that folder is absent.
 */
public final class SchemaCheck {
  /** The {@code id} of the OASIS schema; mapped to the local copy so nothing is fetched. */
  private static final String SARIF_ID =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema sarif;
  private static JsonSchema gitlab;

  private SchemaCheck() {}

  /** The schema folder, or a skipped test. */
  public static Path schemas() {
    String root = System.getProperty("netlint.projectRoot");
    Assumptions.assumeTrue(root != null && !root.isBlank(),
        "netlint.projectRoot is not set; run through Maven to check schemas");
    Path dir = Path.of(root).resolve("../shared/schemas").normalize();
    Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("sarif-schema-2.1.0.json"))
        && Files.isRegularFile(dir.resolve("gitlab-codequality-codeclimate.json")),
        "no schemas at " + dir);
    return dir;
  }

  private static SchemaValidatorsConfig config() {
    return SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  }

  private static synchronized JsonSchema sarif() {
    if (sarif == null) {
      Path file = schemas().resolve("sarif-schema-2.1.0.json");
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
          b -> b.schemaMappers(m -> m.mapPrefix(SARIF_ID, file.toUri().toString())));
      sarif = factory.getSchema(SchemaLocation.of(SARIF_ID), config());
    }
    return sarif;
  }

  private static synchronized JsonSchema gitlab() {
    if (gitlab == null) {
      Path file = schemas().resolve("gitlab-codequality-codeclimate.json");
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
      gitlab = factory.getSchema(SchemaLocation.of(file.toUri().toString()), config());
    }
    return gitlab;
  }

  /** Schema errors of a SARIF log; empty when valid. */
  public static List<String> sarifErrors(String json) {
    return messages(sarif().validate(read(json)));
  }

  /** Schema errors of a Code Quality report; the schema describes one issue of the array. */
  public static List<String> gitlabErrors(String json) {
    JsonNode report = read(json);
    List<String> errors = new ArrayList<>();
    if (!report.isArray()) errors.add("$: not an array");
    for (int i = 0; i < report.size(); i++) {
      for (String m : messages(gitlab().validate(report.get(i)))) errors.add("[" + i + "] " + m);
    }
    return errors;
  }

  public static void assertValidSarif(String json) {
    assertThat(sarifErrors(json)).as("SARIF schema errors").isEmpty();
  }

  public static void assertValidGitlab(String json) {
    assertThat(gitlabErrors(json)).as("Code Quality schema errors").isEmpty();
  }

  private static List<String> messages(java.util.Set<ValidationMessage> set) {
    return set.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
