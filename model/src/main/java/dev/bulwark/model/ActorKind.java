package dev.bulwark.model;

/** Who an actor is. */
public enum ActorKind {
  @Doc("A customer or member of the public.")
  USER,
  @Doc("An employee working with the system.")
  STAFF,
  @Doc("Someone who administers the system.")
  ADMIN,
  @Doc("Another system acting on its own behalf.")
  SYSTEM,
  @Doc("A device acting on its own behalf.")
  DEVICE,
  @Doc("A deliberately modelled adversary.")
  ATTACKER;
}
