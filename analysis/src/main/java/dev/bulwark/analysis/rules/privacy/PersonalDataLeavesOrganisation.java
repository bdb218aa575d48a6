package dev.bulwark.analysis.rules.privacy;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.PRIVACY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import java.util.List;

/**
 * Data disclosure: a flow between one of our components and a party outside the organisation (an
 * external service, or anything in a zone of kind organization) carries personal data. Users
 * talking to third parties themselves are BW-PRIV-004's case.
 */
public final class PersonalDataLeavesOrganisation implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-PRIV-005")
          .title("Personal data shared with another organisation")
          .stride(INFORMATION_DISCLOSURE)
          .linddun(Linddun.DATA_DISCLOSURE)
          .goals(PRIVACY, CONFIDENTIALITY)
          .cwe("CWE-359")
          .rationale(
              "Once personal data reaches a supplier or partner, its protection depends on"
                  + " their security, their staff and their own onward sharing, none of which this"
                  + " system controls. Each field sent is one more copy to breach, subpoena or"
                  + " reuse.")
          .mitigations("minimise-shared-personal-data", "processor-agreement")
          .reducedBy(Control.DATA_MASKING, Control.DLP)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : system.interactions()) {
      List<DataAsset> personal = Personal.carried(i);
      Node ours = Personal.outsider(system, i.target()) ? i.source() : i.target();
      Node theirs = ours == i.source() ? i.target() : i.source();
      if (personal.isEmpty()
          || !Personal.outsider(system, theirs)
          || !ours.isComponent()
          || Personal.outsider(system, ours)) {
        continue;
      }
      findings
          .on(i.id())
          .fact(i.describe() + " connects " + ours.describe() + " with " + theirs.describe())
          .fact(theirs.id() + " is outside the organisation")
          .fact("it carries personal data: " + Personal.ids(personal))
          .data(personal.stream().map(DataAsset::id).toList())
          .cause(theirs.id())
          .report(
              "Personal data on flow "
                  + i.id()
                  + " is handed to "
                  + theirs.id()
                  + ", beyond this organisation's control.");
    }
  }
}
