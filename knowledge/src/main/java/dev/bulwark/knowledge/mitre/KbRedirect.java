package dev.bulwark.knowledge.mitre;

import java.util.Objects;

/**
 * An id that its catalogue revoked in favour of another, such as ATT&CK's T1100 (now T1505.003).
 *
 * @param from the revoked id
 * @param to the id that replaces it
 * @param name the revoked entry's old name
 */
public record KbRedirect(String from, String to, String name) {
  public KbRedirect {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(name, "name");
    if (from.equals(to)) {
      throw new IllegalArgumentException("redirect of " + from + " to itself");
    }
  }
}
