package dev.bulwark.analysis.rules.privacy;

import static dev.bulwark.model.Goal.PRIVACY;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.DataAsset;
import java.util.List;

/**
 * Detecting: a user's own traffic with personal data goes straight to a CDN or to a party outside
 * the organisation (an external service, a zone of kind organization). Encryption does not help:
 * the third party is the endpoint and sees who connects, when and from where.
 */
public final class ThirdPartyObservesUsers implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-PRIV-004")
          .title("A third party sees users' traffic with personal data")
          .linddun(Linddun.DETECTING)
          .goals(PRIVACY)
          .rationale(
              "When a user's device talks to a third party directly, that party learns that this"
                  + " person uses the service, how often and from where, whatever the payload"
                  + " encryption. The user deals with us and may not know the third party exists.")
          .mitigations("keep-third-parties-off-user-paths")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : system.interactions()) {
      List<DataAsset> personal = Personal.carried(i);
      boolean thirdParty =
          i.target().is(ComponentKind.CDN) || Personal.outsider(system, i.target());
      if (!i.source().is(ActorKind.USER) || !thirdParty || personal.isEmpty()) {
        continue;
      }
      findings
          .on(i.id())
          .fact(i.describe() + " starts at " + i.source().describe() + ", a user")
          .fact(
              i.target().describe()
                  + (i.target().is(ComponentKind.CDN) ? " is a CDN" : " belongs to another party"))
          .fact("it carries personal data: " + Personal.ids(personal))
          .data(personal.stream().map(DataAsset::id).toList())
          .cause(i.target().id())
          .report(
              i.target().id()
                  + " can tell who uses the service, and when, from users' traffic on flow "
                  + i.id()
                  + ".");
    }
  }
}
