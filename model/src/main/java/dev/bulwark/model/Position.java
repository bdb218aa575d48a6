package dev.bulwark.model;

import java.util.Objects;

/** A place in a source file; line and column count from 1. */
public record Position(String file, int line, int column) implements Comparable<Position> {

  /** For problems that concern a whole file rather than a place in it. */
  public static Position startOf(String file) {
    return new Position(file, 1, 1);
  }

  public Position {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(Position other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
