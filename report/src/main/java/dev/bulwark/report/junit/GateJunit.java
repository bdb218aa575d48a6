package dev.bulwark.report.junit;

import dev.bulwark.lifecycle.gate.CheckResult;
import dev.bulwark.lifecycle.gate.GateFinding;
import dev.bulwark.lifecycle.gate.GateResult;
import dev.bulwark.lifecycle.gate.ModelErrors;
import dev.bulwark.lifecycle.gate.Outcome;
import dev.bulwark.report.SourcePaths;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The gate's verdict as JUnit XML, the test-report format GitLab, Jenkins and the GitHub test
 * reporters read: one suite for the model, one test case per check of the policy. A failed check is
 * a {@code <failure>} whose text lists the findings with their places; a model that could not be
 * analysed makes {@code model-errors} an {@code <error>}; a skipped check is {@code <skipped>} with
 * the reason. No times or host names: the same verdict gives the same bytes. The elements and
 * attributes written are pinned by {@code junit-gate.xsd} in the tests (docs/gate.md).
 */
public final class GateJunit {
  private GateJunit() {}

  /** Writes the report; positions are shown relative to {@code sourceRoot}. */
  public static void write(GateResult result, Path sourceRoot, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      String tests = String.valueOf(result.checks().size());
      String failures = String.valueOf(count(result, false));
      String errors = String.valueOf(count(result, true));
      String skipped = String.valueOf(result.withOutcome(Outcome.SKIPPED).size());
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      attributes(
          xml,
          "name",
          "bulwark gate",
          "tests",
          tests,
          "failures",
          failures,
          "errors",
          errors,
          "skipped",
          skipped);
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      attributes(
          xml,
          "name",
          "bulwark gate: " + result.model(),
          "tests",
          tests,
          "failures",
          failures,
          "errors",
          errors,
          "skipped",
          skipped);
      properties(xml, result);
      for (CheckResult check : result.checks()) {
        testcase(xml, result, check, sourceRoot);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
    }
  }

  /** The report as text. */
  public static String toString(GateResult result, Path sourceRoot) {
    StringWriter out = new StringWriter();
    try {
      write(result, sourceRoot, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void properties(XMLStreamWriter xml, GateResult result) throws XMLStreamException {
    List<String[]> properties = new ArrayList<>();
    properties.add(new String[] {"model", result.model()});
    properties.add(new String[] {"file", result.file()});
    properties.add(new String[] {"policy", result.policy()});
    result.base().ifPresent(b -> properties.add(new String[] {"base", b}));
    properties.add(new String[] {"verdict", result.verdict().name().toLowerCase(Locale.ROOT)});
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    for (String[] property : properties) {
      xml.writeCharacters("\n      ");
      xml.writeEmptyElement("property");
      attributes(xml, "name", property[0], "value", property[1]);
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void testcase(XMLStreamWriter xml, GateResult result, CheckResult check, Path root)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    attributes(xml, "classname", "bulwark.gate." + result.model(), "name", check.id());
    xml.writeCharacters("\n      ");
    switch (check.outcome()) {
      case SKIPPED -> {
        xml.writeEmptyElement("skipped");
        attributes(xml, "message", check.summary());
      }
      case PASSED -> {
        xml.writeStartElement("system-out");
        xml.writeCharacters(safe(check.description() + "\n" + check.summary()));
        xml.writeEndElement();
      }
      case FAILED -> {
        boolean error = result.invalid() && check.id().equals(ModelErrors.ID);
        xml.writeStartElement(error ? "error" : "failure");
        attributes(xml, "message", check.summary(), "type", check.id());
        xml.writeCharacters(safe(details(check, root)));
        xml.writeEndElement();
      }
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static String details(CheckResult check, Path root) {
    StringBuilder text = new StringBuilder(check.description()).append('\n');
    for (GateFinding finding : check.findings()) {
      text.append(SourcePaths.place(root, finding.position()))
          .append(": ")
          .append(finding.message())
          .append('\n');
    }
    return text.toString();
  }

  private static long count(GateResult result, boolean errors) {
    return result.checks().stream()
        .filter(CheckResult::failed)
        .filter(c -> errors == (result.invalid() && c.id().equals(ModelErrors.ID)))
        .count();
  }

  private static void attributes(XMLStreamWriter xml, String... namesAndValues)
      throws XMLStreamException {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      xml.writeAttribute(namesAndValues[i], safe(namesAndValues[i + 1]));
    }
  }

  /**
   * Text XML 1.0 can hold: model text may carry control characters or lone surrogates (YAML escapes
   * allow them), which no XML parser accepts; each becomes U+FFFD.
   */
  static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed;
      if (Character.isHighSurrogate(c)) {
        allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (allowed) {
          out.append(c).append(text.charAt(++i));
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        allowed = false;
      } else {
        allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      out.append(allowed ? c : '\uFFFD');
    }
    return out.toString();
  }
}
