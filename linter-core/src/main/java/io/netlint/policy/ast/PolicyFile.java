package io.netlint.policy.ast;

import java.util.List;

/**
 * One {@code .netpolicy} file: constants shared by its policies, then the policies.
 *
 * @param file the path as the user named it
 */
public record PolicyFile(String file, List<Step.Let> constants, List<PolicyDecl> policies) {
  public PolicyFile {
    constants = List.copyOf(constants);
    policies = List.copyOf(policies);
  }
}
