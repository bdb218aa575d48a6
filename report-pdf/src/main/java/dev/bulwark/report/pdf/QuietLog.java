package dev.bulwark.report.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * openhtmltopdf's logger, silenced: by default it writes every CSS warning and timing to the
 * console. Its diagnostics still reach each run's consumer, which keeps the warnings.
 */
final class QuietLog implements XRLogger {
  @Override
  public void log(String where, Level level, String message) {}

  @Override
  public void log(String where, Level level, String message, Throwable thrown) {}

  @Override
  public void setLevel(String logger, Level level) {}

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return false;
  }
}
