package dev.bulwark.analysis;

/**
 * A threat rule: a pure function from the system to findings. Implementations are final and
 * stateless; their metadata sits beside the code in a {@code META} constant.
 */
public interface Rule {
  RuleMeta meta();

  /** Reports every place in {@code system} where the threat applies. */
  void check(SystemView system, Findings findings);
}
