package io.netlint.policy;

import io.netlint.policy.ast.Pos;
import io.netlint.rule.Severity;
import java.util.List;

/**
 * A policy that passed the type checker: its metadata (with where its ID is written) and its
 * body as {@link Code}, ready for {@link Evaluator}.
 *
 * @param steps the body, constants of the file first
 * @param message literal strings and {@link Code} placeholders
 * @param slots how many variables a run needs
 * @param subjectSlot the variable whose resource a finding is reported on
 * @param objectSlots variables bound by {@code for} to resources, for the related locations
 */
record CheckedPolicy(String file, Pos pos, String id, String slug, Severity severity,
    String summary, List<String> tags, List<Run> steps, Code verdict, boolean forbid,
    WhenUnknown whenUnknown, List<Object> message, int slots, int subjectSlot,
    ObjectType subjectType, List<Integer> objectSlots, List<ObjectType> objectTypes) {

  /** What an unknown verdict does. */
  enum WhenUnknown { PASS, FAIL, INFO }

  /** One step of the body. */
  sealed interface Run {}

  /** Binds {@code slot} to each element of {@code source} in turn. */
  record ForRun(int slot, Code source) implements Run {}

  record LetRun(int slot, Code value) implements Run {}

  record WhereRun(Code condition) implements Run {}
}
