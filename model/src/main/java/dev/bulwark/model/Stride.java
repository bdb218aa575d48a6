package dev.bulwark.model;

/** A STRIDE category. */
public enum Stride {
  @Doc("Pretending to be someone or something else.")
  SPOOFING,
  @Doc("Changing data or code without right.")
  TAMPERING,
  @Doc("Denying an action with no way to prove otherwise.")
  REPUDIATION,
  @Doc("Exposing information to someone not allowed to see it.")
  INFORMATION_DISCLOSURE,
  @Doc("Making a system unavailable or degraded.")
  DENIAL_OF_SERVICE,
  @Doc("Gaining rights one was not given.")
  ELEVATION_OF_PRIVILEGE;
}
