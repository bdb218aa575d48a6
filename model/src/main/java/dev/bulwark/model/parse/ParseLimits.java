package dev.bulwark.model.parse;

/**
 * Limits that keep hostile or broken input from costing unbounded time or memory. Every limit is
 * named in the message of the problem it causes. Defaults suit models of 50,000 elements.
 *
 * @param maxFileBytes largest model file read, in bytes
 * @param maxNesting deepest nesting of mappings and sequences
 * @param maxAliases most YAML aliases ({@code *name}) in one file
 * @param maxNodes most nodes in one document once aliases are expanded
 * @param maxFiles most files one model may pull in through imports, itself included
 */
public record ParseLimits(
    long maxFileBytes, int maxNesting, int maxAliases, long maxNodes, int maxFiles) {

  public static final ParseLimits DEFAULTS =
      new ParseLimits(64L * 1024 * 1024, 64, 100, 5_000_000, 1_000);

  public ParseLimits {
    positive("maxFileBytes", maxFileBytes);
    positive("maxNesting", maxNesting);
    if (maxAliases < 0) {
      throw new IllegalArgumentException("maxAliases must be 0 or more, was " + maxAliases);
    }
    positive("maxNodes", maxNodes);
    positive("maxFiles", maxFiles);
    if (maxFileBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxFileBytes must be below 2 GiB, was " + maxFileBytes);
    }
  }

  public ParseLimits withMaxFileBytes(long value) {
    return new ParseLimits(value, maxNesting, maxAliases, maxNodes, maxFiles);
  }

  public ParseLimits withMaxNesting(int value) {
    return new ParseLimits(maxFileBytes, value, maxAliases, maxNodes, maxFiles);
  }

  public ParseLimits withMaxAliases(int value) {
    return new ParseLimits(maxFileBytes, maxNesting, value, maxNodes, maxFiles);
  }

  public ParseLimits withMaxNodes(long value) {
    return new ParseLimits(maxFileBytes, maxNesting, maxAliases, value, maxFiles);
  }

  public ParseLimits withMaxFiles(int value) {
    return new ParseLimits(maxFileBytes, maxNesting, maxAliases, maxNodes, value);
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }
}
