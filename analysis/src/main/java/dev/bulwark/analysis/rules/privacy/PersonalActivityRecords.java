package dev.bulwark.analysis.rules.privacy;

import static dev.bulwark.model.Goal.PRIVACY;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import java.util.List;

/**
 * Non-repudiation (the privacy sense): a monitoring component, or one tagged {@code audit}, stores
 * personal data unmasked, so it keeps a lasting record tying people to what they did.
 */
public final class PersonalActivityRecords implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-PRIV-003")
          .title("Logs or audit trails keep personal data tied to actions")
          .linddun(Linddun.NON_REPUDIATION)
          .goals(PRIVACY)
          .cwe("CWE-532")
          .rationale(
              "Activity records that hold personal data prove, long after the fact, that a"
                  + " given person did a given thing: visited a clinic's page, cancelled a"
                  + " contract, searched for a term. People may need to be able to deny that, and"
                  + " such records are rarely purged with the main data.")
          .mitigations("keep-identifiers-out-of-telemetry", "limit-log-retention")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Component log : system.components()) {
      boolean records =
          log.kind() == ComponentKind.MONITORING || Personal.tagged(log.tags(), "audit");
      List<DataAsset> personal = Personal.stored(system, log);
      if (!records || personal.isEmpty() || log.controls().contains(Control.DATA_MASKING)) {
        continue;
      }
      findings
          .on(log.id())
          .fact(
              "component "
                  + log.id()
                  + (log.kind() == ComponentKind.MONITORING
                      ? " is monitoring"
                      : " is tagged audit"))
          .fact(log.id() + " stores personal data: " + Personal.ids(personal))
          .fact(log.id() + " declares no data-masking")
          .data(personal.stream().map(DataAsset::id).toList())
          .report(log.id() + " keeps records that bind identifiable people to their actions.");
    }
  }
}
