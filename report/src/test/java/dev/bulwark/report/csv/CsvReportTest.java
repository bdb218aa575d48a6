package dev.bulwark.report.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.model.Golden;
import dev.bulwark.model.Wire;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.ReportFormat;
import dev.bulwark.risk.AssessedThreat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV export read back by a strict RFC 4180 reader, and made inert for spreadsheets. */
class CsvReportTest {
  private static final Map<String, Digest> DIGESTS = new ConcurrentHashMap<>();
  private static final CsvReport CSV = new CsvReport();

  static Digest digest(String name) {
    return DIGESTS.computeIfAbsent(
        name,
        n -> Digest.of(n.equals("hostile") ? ReportFixtures.hostile() : ReportFixtures.example(n)));
  }

  static Stream<String> models() {
    return Stream.concat(ReportFixtures.EXAMPLES.stream(), Stream.of("hostile"));
  }

  @ParameterizedTest
  @MethodSource("models")
  void matchesGolden(String name) {
    Golden.assertMatches("csv/" + name + ".csv", CSV.renderToString(digest(name)));
  }

  @ParameterizedTest
  @MethodSource("models")
  void readsBackAsOneRowPerThreat(String name) {
    Digest digest = digest(name);
    List<List<String>> rows = Rfc4180.read(CSV.renderToString(digest));
    List<String> header = rows.getFirst();
    assertThat(header)
        .startsWith("fingerprint", "rule", "title")
        .contains("severity", "status", "why", "owner", "until", "file", "line");
    List<AssessedThreat> threats = digest.input().assessment().threats();
    assertThat(rows).hasSize(threats.size() + 1);
    for (int i = 0; i < threats.size(); i++) {
      List<String> row = rows.get(i + 1);
      AssessedThreat t = threats.get(i);
      assertThat(row).hasSameSizeAs(header);
      assertThat(cell(header, row, "fingerprint")).isEqualTo(inert(t.fingerprint()));
      assertThat(cell(header, row, "title")).isEqualTo(inert(t.title()));
      assertThat(cell(header, row, "description")).isEqualTo(inert(t.message()));
      assertThat(cell(header, row, "severity")).isEqualTo(Wire.name(t.score().severity()));
      assertThat(cell(header, row, "status")).isEqualTo(Wire.name(t.status()));
      assertThat(cell(header, row, "elements")).isEqualTo(String.join("; ", t.elements()));
      assertThat(cell(header, row, "cwe")).isEqualTo(String.join("; ", t.cwe()));
      assertThat(cell(header, row, "why")).isEqualTo(inert(String.join("; ", t.facts())));
      assertThat(cell(header, row, "line")).isEqualTo(String.valueOf(t.position().line()));
      assertThat(t.position().file()).endsWith("/" + cell(header, row, "file"));
      assertThat(cell(header, row, "file")).doesNotStartWith("/").endsWith("bulwark.yaml");
    }
  }

  @Test
  void theOnlineShopAcceptanceCarriesItsDecision() {
    List<List<String>> rows = Rfc4180.read(CSV.renderToString(digest("online-shop")));
    List<String> header = rows.getFirst();
    List<String> accepted =
        rows.stream()
            .filter(r -> r.getFirst().equals("BW-PRIV-007@session-cache"))
            .findFirst()
            .orElseThrow();
    // As written in examples/online-shop/bulwark.yaml.
    assertThat(cell(header, accepted, "status")).isEqualTo("accepted");
    assertThat(cell(header, accepted, "decision by")).isEqualTo("maria.keller");
    assertThat(cell(header, accepted, "until")).isEqualTo("2027-06-30");
    assertThat(cell(header, accepted, "decision why")).startsWith("Session entries expire after");
    assertThat(cell(header, accepted, "zone")).isEqualTo("data-subnet");
    assertThat(cell(header, accepted, "owner")).isEqualTo("team-shop");
  }

  @Test
  void hostileFormulasAreInert() {
    String csv = CSV.renderToString(digest("hostile"));
    List<List<String>> rows = Rfc4180.read(csv);
    List<String> header = rows.getFirst();
    for (List<String> row : rows) {
      for (String field : row) {
        assertThat(field).doesNotMatch("(?s)[=+\\-@\t\r\n].*");
      }
    }
    List<String> handWritten =
        rows.stream().filter(r -> r.getFirst().equals("hand-written")).findFirst().orElseThrow();
    // The model's owner is =HYPERLINK("http://evil.example","owner"): kept, but as text.
    assertThat(cell(header, handWritten, "owner"))
        .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"owner\")");
    assertThat(cell(header, handWritten, "decision by")).isEqualTo("\"><script>alert(6)</script>");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"owner\"\")\"");
  }

  @Test
  void fieldsAreQuotedAndPrefixedOnlyWhenNeeded() {
    assertThat(CsvReport.field("plain text")).isEqualTo("plain text");
    assertThat(CsvReport.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(CsvReport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvReport.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvReport.field("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvReport.field("+1")).isEqualTo("'+1");
    assertThat(CsvReport.field("-1")).isEqualTo("'-1");
    assertThat(CsvReport.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvReport.field("\tx")).isEqualTo("'\tx");
    assertThat(CsvReport.field("\r=x")).isEqualTo("\"'\r=x\"");
    assertThat(CsvReport.field("=A1,\"b\"")).isEqualTo("\"'=A1,\"\"b\"\"\"");
    assertThat(CsvReport.field("a=1")).isEqualTo("a=1");
    assertThat(CsvReport.field("")).isEmpty();
  }

  @Test
  void recordsEndInCrlfAndTheHeaderComesFirst() {
    String csv = CSV.renderToString(digest("iot-fleet"));
    assertThat(csv).startsWith("fingerprint,rule,title,description,").endsWith("\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
    assertThat(csv).doesNotStartWith("\uFEFF");
  }

  @Test
  void theByteOrderMarkIsWrittenOnlyWhenAsked() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CSV.withByteOrderMark().render(digest("iot-fleet"), bytes);
    byte[] written = bytes.toByteArray();
    assertThat(new byte[] {written[0], written[1], written[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFF" + CSV.renderToString(digest("iot-fleet")));
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    assertThat(CSV.renderToString(Digest.of(ReportFixtures.example("online-shop"))))
        .isEqualTo(CSV.renderToString(digest("online-shop")));
    assertThat(CSV.format()).isEqualTo(ReportFormat.CSV);
  }

  @Test
  void theReaderRejectsWhatRfc4180Forbids() {
    assertThatThrownBy(() -> Rfc4180.read("a,b\nc,d\r\n")).hasMessageContaining("bare line feed");
    assertThatThrownBy(() -> Rfc4180.read("\"a\"b\r\n")).hasMessageContaining("after a quote");
    assertThatThrownBy(() -> Rfc4180.read("\"a\r\n")).hasMessageContaining("unterminated");
    assertThatThrownBy(() -> Rfc4180.read("a,b\r\nc\r\n")).hasMessageContaining("fields");
    assertThat(Rfc4180.read("a,\"b,\"\"c\"\"\r\nd\"\r\n"))
        .containsExactly(List.of("a", "b,\"c\"\r\nd"));
  }

  private static String cell(List<String> header, List<String> row, String column) {
    return row.get(header.indexOf(column));
  }

  /** What a spreadsheet-safe field looks like: the text, with a quote before a formula start. */
  private static String inert(String text) {
    return !text.isEmpty() && "=+-@\t\r\n".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** A strict RFC 4180 reader: CRLF records, quoted fields, equal field counts. */
  static final class Rfc4180 {
    static List<List<String>> read(String text) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        if (text.charAt(i) == '"') {
          i++;
          while (true) {
            if (i >= text.length()) {
              throw new IllegalArgumentException("unterminated quoted field");
            }
            char c = text.charAt(i++);
            if (c == '"' && i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else if (c == '"') {
              break;
            } else {
              field.append(c);
            }
          }
          if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
            throw new IllegalArgumentException("text after a quote at " + i);
          }
        }
        char c = i < text.length() ? text.charAt(i) : '\r';
        if (c == ',') {
          record.add(field.toString());
          field.setLength(0);
          i++;
        } else if (c == '\r') {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            throw new IllegalArgumentException("a carriage return without a line feed at " + i);
          }
          record.add(field.toString());
          field.setLength(0);
          if (!records.isEmpty() && records.getFirst().size() != record.size()) {
            throw new IllegalArgumentException("record " + records.size() + " has other fields");
          }
          records.add(List.copyOf(record));
          record.clear();
          i += 2;
        } else if (c == '\n') {
          throw new IllegalArgumentException("a bare line feed at " + i);
        } else if (c == '"') {
          throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
        } else {
          field.append(c);
          i++;
        }
      }
      if (!record.isEmpty() || !field.isEmpty()) {
        throw new IllegalArgumentException("the last record does not end in CRLF");
      }
      return records;
    }
  }
}
