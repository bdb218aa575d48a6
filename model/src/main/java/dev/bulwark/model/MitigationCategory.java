package dev.bulwark.model;

/** How a mitigation works against a threat. */
public enum MitigationCategory {
  @Doc("Stops the threat from happening.")
  PREVENTIVE,
  @Doc("Notices when it happens.")
  DETECTIVE,
  @Doc("Limits the damage once it happened.")
  CORRECTIVE,
  @Doc("Discourages attackers.")
  DETERRENT,
  @Doc("Restores the system afterwards.")
  RECOVERY;
}
