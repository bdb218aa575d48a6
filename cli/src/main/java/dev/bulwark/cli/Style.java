package dev.bulwark.cli;

/** ANSI styles, or none: the printers ask this rather than testing the terminal themselves. */
record Style(boolean enabled) {
  String error(String text) {
    return wrap("1;31", text);
  }

  String warning(String text) {
    return wrap("1;33", text);
  }

  String ok(String text) {
    return wrap("1;32", text);
  }

  String dim(String text) {
    return wrap("2", text);
  }

  String bold(String text) {
    return wrap("1", text);
  }

  private String wrap(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
