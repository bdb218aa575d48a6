package dev.bulwark.analysis.rules.privacy;

import dev.bulwark.analysis.Rule;
import java.util.List;

/** Rules BW-PRIV-NNN, LINDDUN privacy threats to personal data. One line per rule. */
public final class PrivacyRules {
  private PrivacyRules() {}

  public static final List<Rule> ALL =
      List.of(
          new LinkedPersonalData(),
          new IdentifiableTelemetry(),
          new PersonalActivityRecords(),
          new ThirdPartyObservesUsers(),
          new PersonalDataLeavesOrganisation(),
          new CollectionWithoutNotice(),
          new PersonalDataWithoutCompliance());
}
