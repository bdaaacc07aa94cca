package io.netlint.parse.tree;

/**
 * A JSON or YAML value with the position where it starts. YAML short-form tags arrive already
 * normalised to their long form ({@code !Ref X} is a map {@code {Ref: X}}), so CloudFormation JSON
 * and YAML share one code path.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {
  Position position();
}
