package dev.bulwark.knowledge.mitre;

import java.util.Locale;

/** What an entry of the knowledge base is, which also fixes the shape of its id. */
public enum KbKind {
  CAPEC_PATTERN("CAPEC attack pattern", "CAPEC attack patterns", "CAPEC-[1-9][0-9]*"),
  CWE_WEAKNESS("CWE weakness", "CWE weaknesses", "CWE-[1-9][0-9]*"),
  ATTACK_TECHNIQUE("ATT&CK technique", "ATT&CK techniques", "T[0-9]{4}(\\.[0-9]{3})?"),
  ATTACK_MITIGATION("ATT&CK mitigation", "ATT&CK mitigations", "M[0-9]{4}"),
  /** A CAPEC mitigation as published in CAPEC's STIX bundle, which names them {@code coa-66-0}. */
  COURSE_OF_ACTION("CAPEC course of action", "CAPEC courses of action", "COA-[0-9]+-[0-9]+");

  private final String label;
  private final String plural;
  private final java.util.regex.Pattern idPattern;

  KbKind(String label, String plural, String idPattern) {
    this.label = label;
    this.plural = plural;
    this.idPattern = java.util.regex.Pattern.compile(idPattern);
  }

  /** For people: {@code CAPEC attack pattern}. */
  public String label() {
    return label;
  }

  public String plural() {
    return plural;
  }

  /** For files and JSON: {@code capec-pattern}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public boolean accepts(String id) {
    return idPattern.matcher(id).matches();
  }

  public static KbKind ofKey(String key) {
    for (KbKind kind : values()) {
      if (kind.key().equals(key)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown entry kind '" + key + "'");
  }

  /** The kind whose ids look like this one, if any. */
  public static java.util.Optional<KbKind> ofId(String id) {
    for (KbKind kind : values()) {
      if (kind.accepts(id)) {
        return java.util.Optional.of(kind);
      }
    }
    return java.util.Optional.empty();
  }
}
