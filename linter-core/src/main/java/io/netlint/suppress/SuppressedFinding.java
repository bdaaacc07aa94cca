package io.netlint.suppress;

import io.netlint.rule.Finding;

/** A finding left out of the count because a suppression covers it; kept for audit. */
public record SuppressedFinding(Finding finding, Suppression by) {}
