package dev.bulwark.report.pdf;

/** The HTML report could not be printed, most often because it is not well-formed XHTML. */
public final class PdfPrintException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PdfPrintException(String message, Throwable cause) {
    super(message, cause);
  }
}
