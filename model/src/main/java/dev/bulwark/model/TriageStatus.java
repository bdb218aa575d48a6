package dev.bulwark.model;

/** The decision taken on a threat. */
public enum TriageStatus {
  @Doc("Not decided yet.")
  OPEN,
  @Doc("Being mitigated.")
  IN_PROGRESS,
  @Doc("Mitigated; the mitigation is in place.")
  MITIGATED,
  @Doc("Risk accepted, usually until a date.")
  ACCEPTED,
  @Doc("Does not apply to this system.")
  FALSE_POSITIVE,
  @Doc("Handled by someone else (insurance, a supplier).")
  TRANSFERRED;
}
