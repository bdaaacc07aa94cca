package io.netlint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor for a whole-process run: a JVM that only reads a file into a Jackson tree (YAML for
 * {@code .yaml}/{@code .yml}, else JSON) and prints its top-level field count. docs/PERFORMANCE.md
 * times it next to netlint on the same file.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.netlint.bench.BareParse FILE</pre>
 */
public final class BareParse {

  private BareParse() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    String name = file.getFileName().toString();
    ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml")
        ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
    JsonNode root = mapper.readTree(Files.readString(file));
    System.out.println(root.size());
  }
}
