package dev.bulwark.interop;

import java.util.List;
import java.util.Objects;

/**
 * What an exporter wrote: the file's text, and notes on what the format could not hold.
 *
 * @param text the whole file, ending with a newline
 * @param notes one sentence each, e.g. "threat 'x' affects data asset 'y', which has no cell"
 */
public record Exported(String text, List<String> notes) {
  public Exported {
    Objects.requireNonNull(text, "text");
    notes = List.copyOf(notes);
  }
}
