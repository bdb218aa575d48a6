package dev.bulwark.report.csv;

import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.model.Wire;
import dev.bulwark.report.Decisions;
import dev.bulwark.report.Digest;
import dev.bulwark.report.Digest.ElementThreats;
import dev.bulwark.report.Digest.ZoneSection;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.report.ReportInput;
import dev.bulwark.report.SourcePaths;
import dev.bulwark.report.TextRenderer;
import dev.bulwark.risk.AssessedThreat;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One threat per row, highest risk first, for spreadsheets and issue-tracker bulk import. RFC 4180:
 * a header row, CRLF after every record, fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled. Model text is user input, and a spreadsheet runs a cell that starts with
 * {@code = + - @}, a tab or a line break as a formula: such fields get a leading {@code '}, as
 * OWASP's CSV-injection guidance says.
 *
 * <p>UTF-8 without a byte-order mark by default: RFC 4180 and most importers (issue trackers,
 * scripts, LibreOffice, Google Sheets) read it as is, whereas a BOM ends up in the first column's
 * name for many of them. Excel guesses a legacy code page for a double-clicked file without one;
 * {@link #withByteOrderMark()} writes the mark for teams that open the file that way.
 */
public final class CsvReport implements TextRenderer {
  /** The columns, in order. Lists inside a field are joined with {@code "; "}. */
  public static final List<String> HEADER =
      List.of(
          "fingerprint",
          "rule",
          "title",
          "description",
          "severity",
          "likelihood",
          "impact",
          "status",
          "elements",
          "zone",
          "stride",
          "cwe",
          "capec",
          "attack",
          "why",
          "countermeasures",
          "mitigations",
          "owner",
          "decision why",
          "decision by",
          "until",
          "file",
          "line");

  private static final String CRLF = "\r\n";
  private static final String LIST = "; ";

  private final boolean byteOrderMark;

  public CsvReport() {
    this(false);
  }

  private CsvReport(boolean byteOrderMark) {
    this.byteOrderMark = byteOrderMark;
  }

  /** This format with a UTF-8 byte-order mark first, for Excel users who double-click the file. */
  public CsvReport withByteOrderMark() {
    return new CsvReport(true);
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.CSV;
  }

  @Override
  public void render(Digest digest, Writer out) throws IOException {
    if (byteOrderMark) {
      out.write('\uFEFF');
    }
    out.write(record(HEADER));
    Map<String, String> zones = new HashMap<>();
    Map<String, String> holders = new HashMap<>();
    placeThreats(digest, zones, holders);
    ReportInput input = digest.input();
    for (AssessedThreat t : input.assessment().threats()) {
      out.write(record(row(input, t, zones, holders)));
    }
  }

  /** Where the digest files each threat: its zone and the element that holds it. */
  private static void placeThreats(
      Digest digest, Map<String, String> zones, Map<String, String> holders) {
    for (ZoneSection section : digest.zones()) {
      String zone = section.zone().map(z -> z.id()).orElse("");
      section.own().forEach(t -> zones.put(t.fingerprint(), zone));
      for (ElementThreats element : section.elements()) {
        for (AssessedThreat t : element.threats()) {
          zones.put(t.fingerprint(), zone);
          holders.put(t.fingerprint(), element.id());
        }
      }
    }
  }

  private static List<String> row(
      ReportInput input, AssessedThreat t, Map<String, String> zones, Map<String, String> holders) {
    Model model = input.model();
    Optional<TriageEntry> entry = Decisions.entry(t);
    List<String> countermeasures = new ArrayList<>();
    t.countermeasures()
        .forEach(id ->
            countermeasures.add(
                input.catalogue().find(id).map(cm -> id + ": " + cm.title()).orElse(id)));
    List<String> mitigations = new ArrayList<>();
    t.mitigations()
        .forEach(id ->
            mitigations.add(
                model.mitigations().stream()
                    .filter(m -> m.id().equals(id))
                    .findFirst()
                    .map(CsvReport::mitigation)
                    .orElse(id)));
    return List.of(
        t.fingerprint(),
        t.rule(),
        t.title(),
        t.message(),
        Wire.name(t.score().severity()),
        Wire.name(t.score().likelihood()),
        Wire.name(t.score().impact()),
        Wire.name(t.status()),
        String.join(LIST, t.elements()),
        zones.getOrDefault(t.fingerprint(), ""),
        String.join(LIST, t.stride()),
        String.join(LIST, t.cwe()),
        String.join(LIST, t.capec()),
        String.join(LIST, t.attack()),
        String.join(LIST, t.facts()),
        String.join(LIST, countermeasures),
        String.join(LIST, mitigations),
        owner(input, holders.get(t.fingerprint())),
        Decisions.why(model, t),
        entry.flatMap(TriageEntry::by).orElse(""),
        entry.flatMap(TriageEntry::until).map(String::valueOf).orElse(""),
        SourcePaths.relative(input.sourceRoot(), t.position().file()),
        String.valueOf(t.position().line()));
  }

  private static String mitigation(Mitigation m) {
    return m.id() + ": " + m.title() + " (" + Wire.name(m.status()) + ")";
  }

  /** Who answers for the threat: the owner of the component that holds it, else the model's. */
  private static String owner(ReportInput input, String holder) {
    return Optional.ofNullable(holder)
        .flatMap(id -> input.view().node(id))
        .flatMap(node -> node.component())
        .flatMap(component -> component.owner())
        .or(() -> input.model().owner())
        .orElse("");
  }

  /** One record, CRLF-terminated. */
  static String record(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      line.append(i == 0 ? "" : ",").append(field(fields.get(i)));
    }
    return line.append(CRLF).toString();
  }

  /** A field made inert for spreadsheets, then quoted as RFC 4180 requires. */
  static String field(String raw) {
    String value = !raw.isEmpty() && "=+-@\t\r\n".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\r') >= 0
            || value.indexOf('\n') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
