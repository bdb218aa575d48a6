package dev.bulwark.model;

import java.util.Locale;

/** How enum constants are spelled in model files: lower case, words joined by '-'. */
public final class Wire {
  private Wire() {}

  public static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
