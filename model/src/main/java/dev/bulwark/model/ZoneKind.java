package dev.bulwark.model;

/** What a trust zone stands for. */
public enum ZoneKind {
  @Doc("A network segment.")
  NETWORK,
  @Doc("A cloud account, subscription or project.")
  CLOUD_ACCOUNT,
  @Doc("A virtual private cloud.")
  VPC,
  @Doc("A subnet.")
  SUBNET,
  @Doc("A container cluster.")
  CLUSTER,
  @Doc("A namespace in a cluster.")
  NAMESPACE,
  @Doc("One machine, virtual or physical.")
  HOST,
  @Doc("A container or sandbox.")
  CONTAINER,
  @Doc("An execution environment inside one process (a browser, a runtime).")
  PROCESS,
  @Doc("A physical place: a building, a device in a customer's hands.")
  PHYSICAL,
  @Doc("Another organisation: a partner, a supplier, a customer.")
  ORGANIZATION;
}
