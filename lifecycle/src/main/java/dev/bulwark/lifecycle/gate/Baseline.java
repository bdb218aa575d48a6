package dev.bulwark.lifecycle.gate;

import java.util.Objects;
import java.util.Set;

/**
 * What the gate compares the model with to tell new threats from old ones: the fingerprints of the
 * base revision's assessment, the news that the model did not exist there, or why they are unknown.
 */
public sealed interface Baseline {
  /** How the user named the base: a file path or a git revision. */
  String label();

  /** The base was assessed: these are its threats' fingerprints. */
  record Known(String label, Set<String> fingerprints) implements Baseline {
    public Known {
      Objects.requireNonNull(label, "label");
      fingerprints = Set.copyOf(fingerprints);
    }
  }

  /**
   * The model did not exist at the base (a change that adds it): it is new, and so is every open
   * threat in it. Compared as an empty base.
   *
   * @param reason what the reader found, e.g. {@code shop/bulwark.yaml does not exist at revision
   *     main (1a2b3c4)}
   */
  record Absent(String label, String reason) implements Baseline {
    public Absent {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The base could not be assessed (it was an invalid model): new threats cannot be told apart, so
   * the check is skipped rather than blocking the change that repairs the model.
   */
  record Unknown(String label, String reason) implements Baseline {
    public Unknown {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
