package io.netlint.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/config.schema.json} (for editors) and the loader (for netlint) must agree: the sample
 * configuration and the examples in {@code docs/suppressing.md} pass both, and broken ones fail
 * both.
 */
class ConfigSchemaTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> RULES =
      List.of("NET101", "NET301", "NET303", "NET403", "NET702", "NET801");

  private static Path docs() {
    String root = System.getProperty("netlint.projectRoot");
    Assumptions.assumeTrue(root != null && !root.isBlank(),
        "netlint.projectRoot is not set; run through Maven");
    Path docs = Path.of(root).resolve("docs");
    Assumptions.assumeTrue(Files.isRegularFile(docs.resolve("config.schema.json")));
    return docs;
  }

  private static JsonSchema schema() throws IOException {
    JsonNode node = new ObjectMapper().readTree(docs().resolve("config.schema.json").toFile());
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
  }

  private static List<String> schemaErrors(String yaml) throws IOException {
    JsonNode config = YAML.readTree(yaml);
    return schema().validate(config).stream().map(ValidationMessage::getMessage).toList();
  }

  private static List<ConfigProblem> loaderProblems(String yaml) {
    try {
      ConfigLoader.parse(yaml, ".netlint.yml", Path.of("")).checkRules(RULES);
      return List.of();
    } catch (ConfigException e) {
      return e.problems();
    }
  }

  private static String sample() throws IOException {
    try (InputStream in = ConfigSchemaTest.class.getResourceAsStream(
        "/config/sample.netlint.yml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theSampleConfigurationPassesTheSchemaAndTheLoader() throws IOException {
    String sample = sample();
    assertThat(schemaErrors(sample)).isEmpty();
    assertThat(loaderProblems(sample)).isEmpty();
  }

  @Test
  void theExamplesInTheDocsPassBoth() throws IOException {
    String page = Files.readString(docs().resolve("suppressing.md"));
    Matcher m = Pattern.compile("```yaml\\n(# \\.netlint\\.yml\\n.*?)```", Pattern.DOTALL)
        .matcher(page);
    List<String> examples = new ArrayList<>();
    while (m.find()) examples.add(m.group(1));
    assertThat(examples).as("configuration examples in docs/suppressing.md")
        .hasSizeGreaterThanOrEqualTo(2);
    for (String example : examples) {
      assertThat(schemaErrors(example)).as(example).isEmpty();
      assertThat(loaderProblems(example)).as(example).isEmpty();
    }
  }

  @Test
  void brokenConfigurationsFailBoth() throws IOException {
    for (String broken : List.of(
        "fail-on: fatal\n",
        "regoin: eu-west-1\n",
        "rules: {NET403: {severty: warning}}\n",
        "rules: {NET403: {parameters: {threshold: 0}}}\n",
        "rules: {NET101: {parameters: {threshold: 3}}}\n",
        "rules: {NET101: sometimes}\n",
        "ignore: [{rule: NET301, resource: Bastion}]\n",
        "ignore: [{rule: NET000, reason: no}]\n",
        "ignore: [{rule: NET301, reason: \" \"}]\n",
        "include: stacks/**\n")) {
      assertThat(schemaErrors(broken)).as(broken).isNotEmpty();
      assertThat(loaderProblems(broken)).as(broken).isNotEmpty();
    }
  }
}
