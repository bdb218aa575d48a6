package dev.bulwark.model;

/** A risk level, from least to most severe. */
public enum Severity {
  @Doc("Fix when convenient.")
  LOW,
  @Doc("Plan a fix.")
  MEDIUM,
  @Doc("Fix in the next planning cycle.")
  ELEVATED,
  @Doc("Fix soon; consider it before release.")
  HIGH,
  @Doc("Fix now; do not release with it open.")
  CRITICAL;
}
