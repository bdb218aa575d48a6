package dev.bulwark.knowledge.mitre;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads CWE's CSV export (one view per file, e.g. 1000.csv): CWE-ID, Name, Weakness Abstraction,
 * Status, Description, and the packed lists {@code ::NATURE:ChildOf:CWE ID:74:VIEW ID:1000::} of
 * Related Weaknesses and {@code ::66::7::} (or {@code ::ID:66::}) of Related Attack Patterns.
 */
final class CweCsvImporter {
  static final String SOURCE = "cwe-csv";
  private static final List<String> REQUIRED = List.of("CWE-ID", "Name");

  private CweCsvImporter() {}

  static KbImport read(String label, String fileName, InputStream in) {
    Reader text =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    CsvReader csv = new CsvReader(label, text);
    try {
      return read(label, fileName, csv);
    } catch (UncheckedIOException e) {
      throw new KbException(e.getMessage() + " (the file must be UTF-8)", e.getCause());
    }
  }

  static KbImport read(String label, String fileName, CsvReader csv) {
    List<String> header =
        csv.next().orElseThrow(() -> KbException.at(label, 1, 0, "empty file; expected a header"));
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).replace("\uFEFF", "").strip(), i);
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        throw KbException.at(
            label, 1, 0, "no column '" + required + "' in the header; is this CWE's CSV export?");
      }
    }
    List<KbEntry> entries = new ArrayList<>();
    for (Optional<List<String>> next = csv.next(); next.isPresent(); next = csv.next()) {
      Row row = new Row(next.get(), columns);
      if (row.blank()) {
        continue;
      }
      String number = row.get("CWE-ID").replaceFirst("^CWE-", "");
      if (!number.matches("[1-9][0-9]{0,8}")) {
        throw KbException.at(
            label, csv.recordLine(), 0, "CWE-ID '" + number + "' is not a positive number");
      }
      EntryDraft weakness = new EntryDraft("CWE-" + number, KbKind.CWE_WEAKNESS);
      weakness.name = row.get("Name");
      weakness.abstraction = row.get("Weakness Abstraction");
      weakness.status = row.get("Status");
      weakness.description = Text.firstParagraph(row.get("Description"));
      for (String item : packed(row.get("Related Attack Patterns"))) {
        String capec = item.replaceFirst("^ID:", "").strip();
        if (capec.matches("[1-9][0-9]{0,8}")) {
          weakness.relate(KbRelation.Type.RELATED, "CAPEC-" + capec);
        }
      }
      for (String item : packed(row.get("Related Weaknesses"))) {
        Map<String, String> pairs = pairs(item);
        String parent = pairs.getOrDefault("CWE ID", "");
        if ("ChildOf".equals(pairs.get("NATURE"))
            && "1000".equals(pairs.get("VIEW ID"))
            && parent.matches("[1-9][0-9]{0,8}")) {
          weakness.relate(KbRelation.Type.CHILD_OF, "CWE-" + parent);
        }
      }
      try {
        entries.add(weakness.build());
      } catch (IllegalArgumentException e) {
        throw KbException.at(label, csv.recordLine(), 0, e.getMessage());
      }
    }
    return KbImport.create(
        label, new KbSource(SOURCE, KbFormat.CWE_CSV, "", fileName), entries, List.of(), 0);
  }

  /** The items of a {@code ::a::b::} list. */
  private static List<String> packed(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split("::")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  /** {@code NATURE:ChildOf:CWE ID:74} as a map of its key-value pairs. */
  private static Map<String, String> pairs(String item) {
    String[] parts = item.split(":");
    Map<String, String> pairs = new HashMap<>();
    for (int i = 0; i + 1 < parts.length; i += 2) {
      pairs.putIfAbsent(parts[i].strip(), parts[i + 1].strip());
    }
    return pairs;
  }

  private record Row(List<String> fields, Map<String, Integer> columns) {
    String get(String column) {
      Integer index = columns.get(column);
      return index == null || index >= fields.size() ? "" : fields.get(index);
    }

    boolean blank() {
      return fields.stream().allMatch(String::isBlank);
    }
  }
}
