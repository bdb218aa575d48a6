package dev.bulwark.model;

/** Anything in a model that has an id and a place in a file. */
public interface Element {
  String id();

  Positions positions();

  default Position position() {
    return positions().self();
  }
}
