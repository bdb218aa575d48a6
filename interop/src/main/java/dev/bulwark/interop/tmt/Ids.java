package dev.bulwark.interop.tmt;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Bulwark ids made from the names people gave in the tool: lower case, words joined by '-', accents
 * dropped ({@code Public API v2} → {@code public-api-v2}); a name used twice gets {@code -2},
 * {@code -3}… Every element of a model shares one allocator, since Bulwark ids are unique across
 * kinds.
 */
final class Ids {
  private static final int MAX = 120;

  private final Set<String> taken = new HashSet<>();

  /** A new id for this name; {@code fallback} when the name has no letter or digit. */
  String of(String name, String fallback) {
    String base = slug(name);
    if (base.isEmpty()) {
      base = slug(fallback);
    }
    if (base.isEmpty()) {
      base = "element";
    }
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > MAX) {
      plain = plain.substring(0, MAX).replaceAll("-+$", "");
    }
    return plain;
  }
}
