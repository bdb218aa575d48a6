package dev.bulwark.model;

/** The factor of a loss scenario that a mitigation reduces. */
public enum EffectTarget {
  @Doc("How often the threat is attempted (threat event frequency).")
  THREAT_EVENT_FREQUENCY,
  @Doc("How likely an attempt succeeds (vulnerability).")
  VULNERABILITY,
  @Doc("How much a successful attack costs (primary and secondary loss).")
  LOSS_MAGNITUDE
}
