package io.netlint.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, on the rule class so the two cannot drift. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** {@code NET} and three digits; stable forever, never reused. */
  String id();

  /** Kebab-case slug, e.g. {@code overlapping-connected-cidrs}. */
  String name();

  /** One sentence, no trailing period. */
  String summary();

  /** The default; users may override it. */
  Severity severity();

  String[] tags() default {};
}
