package dev.bulwark.model;

/** Who can reach a component over the network. */
public enum Exposure {
  @Doc("Anyone on the internet.")
  INTERNET,
  @Doc("Named partners, over a dedicated or filtered link.")
  PARTNER,
  @Doc("Only from inside the organisation's networks.")
  INTERNAL;
}
