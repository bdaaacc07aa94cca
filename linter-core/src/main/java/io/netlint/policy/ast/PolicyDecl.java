package io.netlint.policy.ast;

import java.util.List;
import java.util.Optional;

/**
 * One policy as written: its header, the steps that bind what it looks at, the verdict, what an
 * unknown value does and the message.
 *
 * @param pos where {@code policy} is written
 * @param slug the slug as written, spaces included (the checker rejects those)
 */
public record PolicyDecl(Pos pos, Name id, Name slug, List<Header> headers, List<Step> steps,
    Verdict verdict, Optional<Name> whenUnknown, Template message) {
  public PolicyDecl {
    headers = List.copyOf(headers);
    steps = List.copyOf(steps);
  }
}
