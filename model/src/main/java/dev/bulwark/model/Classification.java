package dev.bulwark.model;

/** How sensitive a data asset is. */
public enum Classification {
  @Doc("Meant for anyone.")
  PUBLIC,
  @Doc("For the organisation, harmless if leaked.")
  INTERNAL,
  @Doc("Harmful if leaked: personal data, business secrets.")
  CONFIDENTIAL,
  @Doc("Most sensitive: credentials, card data, health data, keys.")
  RESTRICTED;
}
