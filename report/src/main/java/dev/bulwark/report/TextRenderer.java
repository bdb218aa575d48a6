package dev.bulwark.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A renderer of a text format: writes UTF-8 through a {@link Writer}. */
public interface TextRenderer extends Renderer {
  /** Writes the report as text; does not close {@code out}. */
  void render(Digest digest, Writer out) throws IOException;

  @Override
  default void render(Digest digest, OutputStream out) throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    render(digest, writer);
    writer.flush();
  }

  /** The report as a string, for tests and for embedding. */
  default String renderToString(Digest digest) {
    StringWriter out = new StringWriter();
    try {
      render(digest, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }
}
