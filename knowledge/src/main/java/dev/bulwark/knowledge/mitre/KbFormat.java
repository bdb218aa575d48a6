package dev.bulwark.knowledge.mitre;

/** The MITRE file formats Bulwark reads. */
public enum KbFormat {
  CAPEC_XML("CAPEC XML"),
  CWE_XML("CWE XML"),
  CWE_CSV("CWE CSV"),
  STIX("STIX bundle");

  private final String label;

  KbFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
