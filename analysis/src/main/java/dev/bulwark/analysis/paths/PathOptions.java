package dev.bulwark.analysis.paths;

/**
 * How much to look for. Every value is bounded so that a large model costs bounded work; a bad
 * value is refused at once.
 *
 * @param k paths per profile and crown jewel, 1–10
 * @param jewels how many data assets and how many components to treat as crown jewels, 1–20 each
 * @param againstFlows whether an attacker may also move from a flow's target to its source
 * @param workLimit nodes Dijkstra may settle per profile and crown jewel, 1,000–100,000,000; a
 *     search that reaches it returns the paths found so far, marked incomplete
 */
public record PathOptions(int k, int jewels, boolean againstFlows, long workLimit) {
  public static final int MAX_K = 10;
  public static final int MAX_JEWELS = 20;
  public static final long DEFAULT_WORK_LIMIT = 2_000_000;

  /** Three paths, three data assets and three components, along flows only. */
  public static final PathOptions DEFAULT = new PathOptions(3, 3, false, DEFAULT_WORK_LIMIT);

  public PathOptions {
    if (k < 1 || k > MAX_K) {
      throw new IllegalArgumentException("k must be 1 to " + MAX_K + ", not " + k);
    }
    if (jewels < 1 || jewels > MAX_JEWELS) {
      throw new IllegalArgumentException(
          "crown jewels per kind must be 1 to " + MAX_JEWELS + ", not " + jewels);
    }
    if (workLimit < 1_000 || workLimit > 100_000_000) {
      throw new IllegalArgumentException(
          "the work limit must be 1,000 to 100,000,000 nodes, not " + workLimit);
    }
  }

  public PathOptions withK(int newK) {
    return new PathOptions(newK, jewels, againstFlows, workLimit);
  }

  public PathOptions withJewels(int newJewels) {
    return new PathOptions(k, newJewels, againstFlows, workLimit);
  }

  public PathOptions withAgainstFlows(boolean newAgainstFlows) {
    return new PathOptions(k, jewels, newAgainstFlows, workLimit);
  }

  public PathOptions withWorkLimit(long newWorkLimit) {
    return new PathOptions(k, jewels, againstFlows, newWorkLimit);
  }
}
