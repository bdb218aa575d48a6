package dev.bulwark.model;

/** How much the business depends on a system: drives the impact of its threats. */
public enum Criticality {
  @Doc("An outage or breach is an inconvenience.")
  LOW,
  @Doc("An outage or breach hurts one team or a few customers.")
  MEDIUM,
  @Doc("An outage or breach hurts revenue, many customers or compliance.")
  HIGH,
  @Doc("An outage or breach threatens the business itself.")
  CRITICAL;
}
