package dev.bulwark.knowledge.mitre;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feeds arbitrary bytes to the CWE CSV importer and its CSV reader: whatever the input, they must
 * return entries or throw a {@link KbException} with the file's name, never anything else. Records
 * the reader returns must also survive being written back as CSV and read again.
 *
 * <p>Fuzzes for {@code -Dfuzz.seconds} in the normal build (the module's POM sets {@code
 * JAZZER_FUZZ}); {@code ./mvnw -pl knowledge test -Dtest=CsvFuzzTest -Dfuzz.seconds=600} fuzzes
 * longer. Crashes Jazzer finds are kept in {@code src/test/resources/.../CsvFuzzTestInputs/}.
 */
class CsvFuzzTest {
  private static final String HEADER =
      "CWE-ID,Name,Status,Related Attack Patterns,Related Weaknesses\n";

  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveRecordsOrAKbException(byte[] input) {
    try {
      KbImport imported =
          CweCsvImporter.read("fuzz.csv", "fuzz.csv", new ByteArrayInputStream(input));
      assertThat(imported.entries()).doesNotContainNull();
    } catch (KbException e) {
      assertThat(e.getMessage()).startsWith("fuzz.csv");
    }

    String text = new String(input, StandardCharsets.UTF_8);
    try {
      CweCsvImporter.read(
          "fuzz.csv",
          "fuzz.csv",
          new ByteArrayInputStream((HEADER + text).getBytes(StandardCharsets.UTF_8)));
    } catch (KbException e) {
      assertThat(e.getMessage()).startsWith("fuzz.csv");
    }

    List<List<String>> records;
    try {
      records = readAll(text);
    } catch (KbException e) {
      assertThat(e.getMessage()).startsWith("fuzz.csv:");
      return;
    }
    assertThat(readAll(write(records))).isEqualTo(records);
  }

  private static List<List<String>> readAll(String text) {
    CsvReader reader = new CsvReader("fuzz.csv", new StringReader(text));
    List<List<String>> records = new ArrayList<>();
    for (Optional<List<String>> next = reader.next(); next.isPresent(); next = reader.next()) {
      records.add(next.get());
    }
    return records;
  }

  private static String write(List<List<String>> records) {
    StringBuilder csv = new StringBuilder();
    for (List<String> record : records) {
      for (int i = 0; i < record.size(); i++) {
        csv.append(i == 0 ? "" : ",")
            .append('"')
            .append(record.get(i).replace("\"", "\"\""))
            .append('"');
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }
}
