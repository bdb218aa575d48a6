package dev.bulwark.interop.tmt;

/** A generation filter that is not in the filter language: where (an offset in it) and why. */
final class FilterSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int offset;

  FilterSyntaxException(int offset, String message) {
    super(message, null, false, false);
    this.offset = offset;
  }

  /** The offset in the filter's text, counting from 0, where the error is. */
  int offset() {
    return offset;
  }
}
