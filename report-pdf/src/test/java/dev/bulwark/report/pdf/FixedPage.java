package dev.bulwark.report.pdf;

import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.TextRenderer;
import java.io.IOException;
import java.io.Writer;

/** An "HTML report" that is always the same page, for tests of what the printer does with it. */
record FixedPage(String xhtml) implements TextRenderer {
  @Override
  public ReportFormat format() {
    return ReportFormat.HTML;
  }

  @Override
  public void render(Digest digest, Writer out) throws IOException {
    out.write(xhtml);
  }
}
