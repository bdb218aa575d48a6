package dev.bulwark.report.json;

import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.TextRenderer;
import dev.bulwark.risk.AssessmentJson;
import java.io.IOException;
import java.io.Writer;

/**
 * The analysis document (docs/schema/bulwark-analysis-1.schema.json), the same bytes as `bulwark
 * analyze --format json`: one JSON shape for tools, whichever command wrote it.
 */
public final class JsonReport implements TextRenderer {
  @Override
  public ReportFormat format() {
    return ReportFormat.JSON;
  }

  @Override
  public void render(Digest digest, Writer out) throws IOException {
    ReportInput input = digest.input();
    AssessmentJson.write(input.assessment(), input.date(), input.catalogue(), input.kb(), out);
  }
}
