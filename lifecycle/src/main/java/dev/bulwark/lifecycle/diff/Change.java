package dev.bulwark.lifecycle.diff;

/** What happened to a keyed entry of the model between two versions. */
public enum Change {
  ADDED,
  REMOVED,
  CHANGED;

  /** The same change seen from the other side: added ↔ removed. */
  public Change reversed() {
    return switch (this) {
      case ADDED -> REMOVED;
      case REMOVED -> ADDED;
      case CHANGED -> CHANGED;
    };
  }
}
