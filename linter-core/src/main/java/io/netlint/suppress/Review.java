package io.netlint.suppress;

import io.netlint.baseline.BaselineEntry;
import io.netlint.rule.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ReviewStep} did to a run's findings, for reports: which findings suppressions
 * covered, how the run compared with a baseline, and what {@code --changed-since} left out.
 *
 * @param suppressed findings covered by a suppression, with it; they do not count
 * @param beforeBaseline the findings after suppressions, before the baseline and the change
 *     filter: what {@code --write-baseline} records
 * @param baseline the comparison with {@code --baseline}, when one was given
 * @param changed the {@code --changed-since} filter, when one was given
 */
public record Review(List<SuppressedFinding> suppressed, List<Finding> beforeBaseline,
    Optional<BaselineOutcome> baseline, Optional<ChangeOutcome> changed) {

  /**
   * @param file the baseline as the user named it
   * @param known findings of this run that the baseline holds; they do not count
   * @param fixed baseline entries that no finding of this run matches
   */
  public record BaselineOutcome(String file, int known, List<BaselineEntry> fixed) {
    public BaselineOutcome {
      fixed = List.copyOf(fixed);
    }
  }

  /**
   * @param ref the git ref compared with
   * @param changedFiles how many files git listed
   * @param outside findings left out because nothing of theirs is in a changed file
   */
  public record ChangeOutcome(String ref, int changedFiles, int outside) {}

  public Review {
    suppressed = List.copyOf(suppressed);
    beforeBaseline = List.copyOf(beforeBaseline);
  }
}
