package dev.bulwark.analysis.rules.privacy;

import static dev.bulwark.model.Goal.PRIVACY;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Component;
import dev.bulwark.model.DataAsset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Non-compliance: a component stores personal data while the business context names no privacy
 * regime, or the component has no {@code retention} tag (e.g. {@code retention:13m}) saying how
 * long the data is kept.
 */
public final class PersonalDataWithoutCompliance implements Rule {
  private static final Set<String> PRIVACY_REGIMES =
      Set.of(
          ("gdpr uk-gdpr ccpa cpra hipaa lgpd pipeda appi pipl popia pdpa dpdp fadp nfadp coppa"
                  + " ferpa glba australian-privacy-act")
              .split(" "));

  static final RuleMeta META =
      RuleMeta.builder("BW-PRIV-007")
          .title("Personal data stored without a privacy regime or retention period")
          .linddun(Linddun.NON_COMPLIANCE)
          .goals(PRIVACY)
          .rationale(
              "Stored personal data brings legal duties: a lawful basis, answers to access and"
                  + " erasure requests, deletion when the purpose ends. A model that names no"
                  + " privacy law in business.compliance, or a store with no 'retention' tag,"
                  + " suggests nobody has worked out which duties apply or when data goes.")
          .mitigations("declare-privacy-regime", "retention-schedule")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    boolean regime =
        system.business().compliance().stream()
            .anyMatch(c -> PRIVACY_REGIMES.contains(c.toLowerCase(Locale.ROOT)));
    for (Component store : system.components()) {
      List<DataAsset> personal = Personal.stored(system, store);
      boolean retention = Personal.tagged(store.tags(), "retention");
      if (personal.isEmpty() || (regime && retention)) {
        continue;
      }
      var finding =
          findings
              .on(store.id())
              .fact(store.id() + " stores personal data: " + Personal.ids(personal));
      if (!regime) {
        finding.fact(
            "business.compliance names no privacy regime: "
                + (system.business().compliance().isEmpty()
                    ? "it is empty"
                    : String.join(", ", system.business().compliance())));
      }
      if (!retention) {
        finding.fact(store.id() + " has no retention tag");
      }
      finding
          .data(personal.stream().map(DataAsset::id).toList())
          .cause("model") // one decision: a privacy regime and a retention schedule
          .report(
              "Nothing in the model says which privacy law governs the personal data in "
                  + store.id()
                  + " or how long it is kept.");
    }
  }
}
