package dev.bulwark.model;

/** The kinds of element that have an id and can be referred to. */
public enum ElementKind {
  ZONE,
  ACTOR,
  COMPONENT,
  DATA,
  FLOW,
  THREAT,
  MITIGATION;

  /** The kind of an element. */
  public static ElementKind of(Element element) {
    return switch (element) {
      case Zone zone -> ZONE;
      case Actor actor -> ACTOR;
      case Component component -> COMPONENT;
      case DataAsset data -> DATA;
      case Flow flow -> FLOW;
      case Threat threat -> THREAT;
      case Mitigation mitigation -> MITIGATION;
      default -> throw new IllegalArgumentException("not a model element: " + element.getClass());
    };
  }

  /** The word used in messages: {@code zone}, {@code data asset}. */
  public String label() {
    return this == DATA ? "data asset" : name().toLowerCase(java.util.Locale.ROOT);
  }
}
