package dev.bulwark.interop.peer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out the ids of one imported model: valid Bulwark ids (letters, digits, '.', '_', '-',
 * starting with a letter or digit, at most 200), unique across every kind of element, as the
 * validator requires. A wanted id that is taken gets {@code -2}, {@code -3}, ... appended.
 */
public final class IdPool {
  /** The model's id syntax (the binder's). */
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  private static final int MAX = 200;

  private final Set<String> taken = new HashSet<>();

  /** Whether a text is a valid id as it stands. */
  public static boolean valid(String id) {
    return VALID.matcher(id).matches();
  }

  /**
   * A name turned into an id: lower case, each run of other characters a '-', no '-' at either end,
   * at most 200 characters; empty when nothing of the name is left.
   */
  public static String slug(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(Math.min(lower.length(), MAX));
    boolean dash = false;
    for (int i = 0; i < lower.length() && out.length() < MAX; i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_') {
        if (dash && !out.isEmpty()) {
          out.append('-');
        }
        out.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    while (!out.isEmpty() && !Character.isLetterOrDigit(out.charAt(0))) {
      out.deleteCharAt(0);
    }
    return out.length() > MAX ? out.substring(0, MAX) : out.toString();
  }

  /**
   * Claims an id: {@code wanted} itself when it is valid, else its slug, else {@code fallback};
   * made unique with a numbered suffix.
   */
  public String claim(String wanted, String fallback) {
    String base = valid(wanted) ? wanted : slug(wanted);
    if (base.isEmpty()) {
      base = fallback;
    }
    if (taken.add(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      String suffix = "-" + n;
      String candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }

  /** Whether an id has been handed out. */
  public boolean isTaken(String id) {
    return taken.contains(id);
  }
}
