package dev.bulwark.model;

/** A rating of confidentiality, integrity or availability needs. */
public enum Rating {
  @Doc("Harm is minor if this property is lost.")
  LOW,
  @Doc("Harm is noticeable and limited.")
  MEDIUM,
  @Doc("Harm is serious: money, customers or compliance.")
  HIGH,
  @Doc("Harm threatens the business or people's safety.")
  CRITICAL;
}
