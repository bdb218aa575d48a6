package dev.bulwark.report;

import java.io.IOException;
import java.io.OutputStream;

/** Lays a digest out in one format. Stateless: one instance serves any number of reports. */
public interface Renderer {
  ReportFormat format();

  /** Writes the report to {@code out} (UTF-8 for text formats); does not close it. */
  void render(Digest digest, OutputStream out) throws IOException;
}
