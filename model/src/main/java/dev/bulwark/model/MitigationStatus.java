package dev.bulwark.model;

/** Where a mitigation stands. */
public enum MitigationStatus {
  @Doc("Suggested, not yet agreed.")
  PROPOSED,
  @Doc("Agreed and scheduled.")
  PLANNED,
  @Doc("Being built.")
  IN_PROGRESS,
  @Doc("Built and deployed.")
  IMPLEMENTED,
  @Doc("Built, deployed and checked to work.")
  VERIFIED,
  @Doc("Decided against.")
  REJECTED;
}
