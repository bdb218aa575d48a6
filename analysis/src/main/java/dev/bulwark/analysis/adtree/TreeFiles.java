package dev.bulwark.analysis.adtree;

import java.util.List;

/** Reads a tree in either format, told apart by content: XML starts with {@code <}. */
public final class TreeFiles {
  private TreeFiles() {}

  /** A tree read from a file, the format it was in, and notes from an ADTool import. */
  public record Loaded(AdTree tree, Format format, List<String> notes) {
    public Loaded {
      notes = List.copyOf(notes);
    }
  }

  /** The two formats a tree is read from. */
  public enum Format {
    YAML,
    ADTOOL
  }

  public static Loaded read(String file, String text) {
    if (AdtoolXml.looksLikeXml(text)) {
      AdtoolXml.Import imported = AdtoolXml.read(file, text);
      return new Loaded(imported.tree(), Format.ADTOOL, imported.notes());
    }
    return new Loaded(TreeYaml.read(file, text), Format.YAML, List.of());
  }
}
