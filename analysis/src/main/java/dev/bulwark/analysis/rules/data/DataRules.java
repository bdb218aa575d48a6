package dev.bulwark.analysis.rules.data;

import dev.bulwark.analysis.Rule;
import java.util.List;

/** Rules BW-DATA-NNN, data at rest, secrets and unnecessary data. One line per rule. */
public final class DataRules {
  private DataRules() {}

  public static final List<Rule> ALL =
      List.of(
          new SensitiveDataUnencrypted(),
          new PlatformOnlyEncryption(),
          new SecretsInRepository(),
          new NoBackup());
}
