package io.netlint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlint.engine.InputPath;
import io.netlint.engine.LintEngine;
import io.netlint.engine.LintRequest;
import io.netlint.model.Value;
import io.netlint.model.Vpc;
import io.netlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both loaders put a resource's tags on its element, for policies to read. */
class TagsLoadingTest {

  @TempDir Path dir;

  private Vpc load(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return LintEngine.run(LintRequest.of(List.of(InputPath.of(p.toString())),
        RuleRegistry.of(List.of()))).network().all(Vpc.class).get(0);
  }

  @Test
  void cloudFormationTagsWithAnUnknownValue() throws IOException {
    Vpc vpc = load("vpc.yaml", """
        Parameters:
          Env:
            Type: String
        Resources:
          AppVpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
              Tags:
                - Key: owner
                  Value: payments
                - Key: env
                  Value: !Ref Env
        """);
    assertThat(vpc.meta().tags()).isEqualTo(Map.of("owner", Value.known("payments"),
        "env", Value.unknown("parameter 'Env' has no default")));
  }

  @Test
  void terraformTags() throws IOException {
    Vpc vpc = load("plan.json", """
        {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
          {"address": "aws_vpc.app", "mode": "managed", "type": "aws_vpc", "name": "app",
           "values": {"cidr_block": "10.0.0.0/16", "tags": {"owner": "payments"}}}]}},
         "resource_changes": [
          {"address": "aws_vpc.app", "mode": "managed", "type": "aws_vpc", "name": "app",
           "change": {"actions": ["create"], "before": null,
             "after": {"cidr_block": "10.0.0.0/16", "tags": {"owner": "payments"}},
             "after_unknown": {"id": true}}}]}
        """);
    assertThat(vpc.meta().tags()).isEqualTo(Map.of("owner", Value.known("payments")));
  }
}
