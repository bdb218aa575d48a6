package dev.bulwark.lifecycle.diff;

import dev.bulwark.model.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The sentences text and Markdown share ("flow checkout: protocol https → http"), with the markup
 * of values and of free text left to the format.
 *
 * @param value how a value or an id is shown (quoted, or as a code span)
 * @param text how free text (a title) is shown (escaped, for Markdown)
 */
record Phrases(UnaryOperator<String> value, UnaryOperator<String> text) {
  /** Longest value shown in full; JSON output always has the whole value. */
  static final int MAX_VALUE = 80;

  /** For the terminal: values quoted when they hold spaces or are empty. */
  static final Phrases PLAIN = new Phrases(Phrases::quoteIfNeeded, UnaryOperator.identity());

  /** "flow checkout: protocol https → http; tags +pci -legacy", "added component cache". */
  String entry(EntryChange change) {
    String subject = subject(change);
    return switch (change.change()) {
      case ADDED -> "added " + subject;
      case REMOVED -> "removed " + subject;
      case CHANGED -> {
        List<String> parts = new ArrayList<>();
        change.move().ifPresent(move -> parts.add(move(move)));
        change.fields().forEach(field -> parts.add(field(field)));
        String first = change.move().isPresent() ? " " : ": ";
        yield subject + first + String.join("; ", parts);
      }
    };
  }

  /** "flow checkout", "triage entry BW-WEB-001@web", "the model". */
  String subject(EntryChange change) {
    return change.section().equals(EntryChange.MODEL)
        ? "the model"
        : change.kind() + " " + value.apply(shorten(change.key()));
  }

  /** "moved from zone dmz to zone internal". */
  String move(Move move) {
    return "moved from " + place(move, move.from()) + " to " + place(move, move.to());
  }

  private String place(Move move, Optional<String> zone) {
    if (zone.isPresent()) {
      return "zone " + value.apply(zone.get());
    }
    return move.field().equals("parent") ? "the top level" : "no zone";
  }

  /** "protocol https → http", "tags +pci -legacy", "owner (none) → team-a". */
  String field(FieldChange change) {
    if (change.form() == FieldChange.Form.SET) {
      List<String> items = new ArrayList<>();
      change.added().forEach(item -> items.add("+" + value.apply(shorten(item))));
      change.removed().forEach(item -> items.add("-" + value.apply(shorten(item))));
      return change.field() + " " + String.join(" ", items);
    }
    return change.field() + " " + side(change.before()) + " → " + side(change.after());
  }

  private String side(Optional<String> shown) {
    return shown.map(v -> value.apply(shorten(v))).orElse("(none)");
  }

  /** "severity medium → high; status accepted → open (acceptance expired)". */
  String threat(ThreatChange change) {
    ThreatState before = change.before().orElseThrow();
    ThreatState after = change.after().orElseThrow();
    List<String> parts = new ArrayList<>();
    if (change.severityChanged()) {
      parts.add("severity " + Wire.name(before.severity()) + " → " + Wire.name(after.severity()));
    }
    if (change.statusChanged()) {
      parts.add(
          "status "
              + Wire.name(before.status())
              + " → "
              + Wire.name(after.status())
              + (after.acceptanceExpired() ? " (acceptance expired)" : ""));
    }
    return String.join("; ", parts);
  }

  /** "+8", "-2", "±0". */
  static String signed(int delta) {
    return delta > 0 ? "+" + delta : delta < 0 ? "-" + -delta : "±0";
  }

  static String shorten(String value) {
    String line = value.replace("\r", "").replace('\n', ' ');
    if (line.length() <= MAX_VALUE) {
      return line;
    }
    int cut = MAX_VALUE - 1;
    if (Character.isHighSurrogate(line.charAt(cut - 1))) {
      cut--; // never split a character in two
    }
    return line.substring(0, cut) + "…";
  }

  private static String quoteIfNeeded(String value) {
    boolean plain = !value.isEmpty() && value.chars().noneMatch(c -> c <= ' ' || c == '"');
    return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
