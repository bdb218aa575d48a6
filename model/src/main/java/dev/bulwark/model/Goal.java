package dev.bulwark.model;

/** A security goal a threat impacts. */
public enum Goal {
  @Doc("Data is seen only by those allowed.")
  CONFIDENTIALITY,
  @Doc("Data and code are changed only by those allowed.")
  INTEGRITY,
  @Doc("The system works when needed.")
  AVAILABILITY,
  @Doc("Actions can be traced to who did them.")
  ACCOUNTABILITY,
  @Doc("Personal data is handled as people were told.")
  PRIVACY,
  @Doc("No physical harm comes to people.")
  SAFETY;
}
