package dev.bulwark.lifecycle.gate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the {@code stale-sources} check learns whether the sources a model describes changed after
 * its last review. Not available in this build: {@code bulwark check-stale} (issue 6, the plan
 * work) provides the implementation, passed in through {@link GateExtensions}. Until then the check
 * is skipped and says so.
 */
@FunctionalInterface
public interface StalenessProbe {
  /** The verdict on one model; may read the source history, never the network. */
  Verdict check(GateInput input);

  /**
   * @param stale one finding per source path changed since the review, at the place the model names
   *     it
   * @param notJudged why nothing could be said (no history, no review date), when so
   */
  record Verdict(List<GateFinding> stale, Optional<String> notJudged) {
    public Verdict {
      stale = List.copyOf(stale);
      Objects.requireNonNull(notJudged, "notJudged");
    }
  }
}
