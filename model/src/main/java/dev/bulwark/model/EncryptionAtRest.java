package dev.bulwark.model;

/** How stored data is encrypted. */
public enum EncryptionAtRest {
  @Doc("Not encrypted.")
  NONE,
  @Doc("By the platform (disk or service encryption).")
  PLATFORM,
  @Doc("By the application, with keys it manages.")
  APPLICATION;
}
