package dev.bulwark.analysis.rules.privacy;

import static dev.bulwark.model.Goal.PRIVACY;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.DataAsset;
import java.util.List;

/**
 * Unawareness: a user sends personal data and the model records no notice or consent for it. The
 * model has no control for transparency, so the tag {@code consent} (on the flow or on the
 * receiving component) says that people are told what is collected and why, and agree where that is
 * the legal basis.
 */
public final class CollectionWithoutNotice implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-PRIV-006")
          .title("Personal data collected from users with no notice or consent")
          .linddun(Linddun.UNAWARENESS)
          .goals(PRIVACY)
          .rationale(
              "People hand over data without being told what it is for, how long it stays and"
                  + " who else gets it, so they cannot judge the trade or object to it. The model"
                  + " records notice with the tag 'consent' on the flow or on the receiving"
                  + " component; here neither has it.")
          .mitigations("notice-and-consent")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : system.interactions()) {
      List<DataAsset> personal = Personal.carried(i);
      if (!i.source().is(ActorKind.USER)
          || personal.isEmpty()
          || Personal.tagged(i.flow().tags(), "consent")
          || Personal.tagged(i.target(), "consent")) {
        continue;
      }
      findings
          .on(i.id())
          .fact(i.describe() + " starts at " + i.source().describe() + ", a user")
          .fact("it carries personal data: " + Personal.ids(personal))
          .fact("neither flow " + i.id() + " nor " + i.target().id() + " is tagged consent")
          .data(personal.stream().map(DataAsset::id).toList())
          .cause(i.target().id())
          .report(
              i.source().id()
                  + " gives personal data to "
                  + i.target().id()
                  + " on flow "
                  + i.id()
                  + " without the model recording any notice or consent.");
    }
  }
}
