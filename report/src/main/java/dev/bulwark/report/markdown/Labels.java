package dev.bulwark.report.markdown;

import dev.bulwark.model.Severity;
import dev.bulwark.model.TriageStatus;
import dev.bulwark.model.Wire;

/** Words for levels and states as people read them: "High", "In progress". */
final class Labels {
  private Labels() {}

  static String severity(Severity severity) {
    return capitalised(Wire.name(severity));
  }

  static String status(TriageStatus status) {
    return capitalised(Wire.name(status).replace('-', ' '));
  }

  /** A constant as the model spells it: {@code information-disclosure}. */
  static String wire(Enum<?> constant) {
    return Wire.name(constant);
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
