package dev.bulwark.model;

/** Whose rights a flow is checked against. */
public enum Authorization {
  @Doc("No one's: any authenticated caller may do anything.")
  NONE,
  @Doc("A technical account's.")
  TECHNICAL_USER,
  @Doc("The end user's, propagated along the flow.")
  END_USER;
}
