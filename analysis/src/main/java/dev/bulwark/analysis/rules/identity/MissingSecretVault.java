package dev.bulwark.analysis.rules.identity;

import static dev.bulwark.model.Authentication.MTLS;
import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.SPOOFING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Wire;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Custom code that proves its identity to other components holds a secret for it (a key, a
 * password, a client secret, a private key). With no secret store or key management in the model,
 * those secrets live in code, configuration or environment variables.
 */
public final class MissingSecretVault implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-AUTH-005")
          .title("Service credentials kept without a secret store")
          .stride(INFORMATION_DISCLOSURE, SPOOFING)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-798", "CWE-256")
          .attack("T1552.001")
          .rationale(
              "Secrets kept next to the code travel with it: into repositories, build logs, images"
                  + " and backups, readable by far more people and systems than the service"
                  + " itself. They are rarely rotated, because nothing tracks where they are.")
          .mitigations("central-secret-vault")
          .reducedBy(Control.SECRET_SCANNING)
          .asvs("V2.10.4", "V6.4.1")
          .build();

  private static final Set<Authentication> SECRETS =
      EnumSet.of(Authentication.API_KEY, Authentication.PASSWORD, Authentication.TOKEN, MTLS);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    if (system.nodes().stream()
        .anyMatch(n -> n.is(ComponentKind.SECRET_STORE, ComponentKind.KEY_MANAGEMENT))) {
      return;
    }
    for (var node : system.nodes()) {
      boolean custom = node.customCode();
      List<Interaction> calls =
          system.from(node.id()).stream()
              .filter(f -> custom && SECRETS.contains(f.flow().authentication()))
              .toList();
      if (calls.isEmpty()) {
        continue;
      }
      var draft = findings.on(node.id());
      calls.forEach(f ->
          draft.fact(f.describe() + " authenticates with " + Wire.name(f.flow().authentication())));
      draft
          .fact("no component of kind secret-store or key-management is modelled")
          .data(system.dataOf(calls.stream().map(f -> f.target().id()).toList()))
          .cause("model")
          .report(
              "The credentials %s calls others with sit in its code or configuration."
                  .formatted(node.id()));
    }
  }
}
