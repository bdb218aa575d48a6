package dev.bulwark.knowledge.mitre;

/**
 * A file could not be imported or the knowledge directory could not be read or written. The message
 * starts with the place: {@code file:line:col:}, {@code file:line:} or {@code file:}.
 */
public final class KbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KbException(String message) {
    super(message);
  }

  public KbException(String message, Throwable cause) {
    super(message, cause);
  }

  static KbException at(String file, long line, long column, String message) {
    StringBuilder place = new StringBuilder(file);
    if (line > 0) {
      place.append(':').append(line);
      if (column > 0) {
        place.append(':').append(column);
      }
    }
    return new KbException(place + ": " + message);
  }
}
