package dev.bulwark.analysis.rules.identity;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.SPOOFING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import java.util.Comparator;
import java.util.List;

/**
 * People sign in to the system but no identity provider or directory appears in the model: each
 * component keeps its own accounts. Reported once, on the signing-in target with the smallest id
 * (stable whatever the file order); services run by others keep their own accounts and are left
 * out.
 */
public final class MissingIdentityStore implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-AUTH-004")
          .title("People sign in but the model has no identity provider")
          .stride(SPOOFING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-522")
          .rationale(
              "Accounts kept by each application mean password storage, lockout, recovery and"
                  + " leaver removal written and run several times over, usually unevenly. The"
                  + " weakest copy decides, and a departed employee may keep access somewhere.")
          .mitigations("central-identity-provider")
          .asvs("V1.2.3", "V1.2.4")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    boolean hasStore =
        system.nodes().stream()
            .anyMatch(n -> n.is(ComponentKind.IDENTITY_PROVIDER, ComponentKind.DIRECTORY));
    if (hasStore) {
      return;
    }
    List<Interaction> signIns =
        system.interactions().stream()
            .filter(f -> f.source().is(Assets.PEOPLE) && f.authenticated())
            .filter(f -> f.target().isComponent() && !f.target().is(ComponentKind.EXTERNAL_SERVICE))
            .sorted(
                Comparator.comparing((Interaction f) -> f.target().id())
                    .thenComparing(Interaction::id))
            .toList();
    if (signIns.isEmpty()) {
      return;
    }
    var first = signIns.get(0).target();
    var draft = findings.on(first.id());
    signIns.forEach(f -> draft.fact(f.describe() + " signs a person in"));
    draft
        .fact("no component of kind identity-provider or directory is modelled")
        .cause("model")
        .report(
            "Each component that signs people in keeps its own accounts, starting with "
                + first.id()
                + ".");
  }
}
