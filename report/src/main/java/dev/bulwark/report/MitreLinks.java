package dev.bulwark.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where MITRE publishes a CWE, CAPEC or ATT&CK entry, for links in reports. */
public final class MitreLinks {
  private static final Pattern CWE = Pattern.compile("CWE-(\\d+)");
  private static final Pattern CAPEC = Pattern.compile("CAPEC-(\\d+)");
  private static final Pattern ATTACK = Pattern.compile("(T\\d{4})(?:\\.(\\d{3}))?");

  private MitreLinks() {}

  /** The entry's page, or empty for an id of no known shape (never a URL built from free text). */
  public static Optional<String> url(String id) {
    Matcher m = CWE.matcher(id);
    if (m.matches()) {
      return Optional.of("https://cwe.mitre.org/data/definitions/" + m.group(1) + ".html");
    }
    m = CAPEC.matcher(id);
    if (m.matches()) {
      return Optional.of("https://capec.mitre.org/data/definitions/" + m.group(1) + ".html");
    }
    m = ATTACK.matcher(id);
    if (m.matches()) {
      return Optional.of(
          "https://attack.mitre.org/techniques/"
              + m.group(1)
              + "/"
              + (m.group(2) == null ? "" : m.group(2) + "/"));
    }
    return Optional.empty();
  }
}
