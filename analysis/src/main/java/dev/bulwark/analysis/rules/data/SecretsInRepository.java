package dev.bulwark.analysis.rules.data;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import java.util.List;

/**
 * A source repository holds the code the team writes; without secret scanning, keys and passwords
 * committed with that code stay in its history for every reader and every clone.
 */
public final class SecretsInRepository implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-DATA-003")
          .title("Secrets committed to the source repository")
          .stride(INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-798", "CWE-540")
          .attack("T1552.001", "T1213.003")
          .rationale(
              "A database password pasted into a config file, a cloud key in a test: once pushed,"
                  + " it sits in the history of every clone, fork and CI cache, long after the line"
                  + " is deleted. Anyone who can read the code can then act as the system.")
          .mitigations("repository-secret-scanning", "secrets-outside-code")
          .reducedBy(Control.CODE_REVIEW)
          .asvs("V2.10.4", "V6.4.1")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    List<String> customCode =
        system.components().stream()
            .filter(c -> c.customCode() && c.kind() != ComponentKind.REPOSITORY)
            .map(Component::id)
            .toList();
    if (customCode.isEmpty()) {
      return;
    }
    for (Node repository : system.nodes()) {
      if (!repository.is(ComponentKind.REPOSITORY) || repository.has(Control.SECRET_SCANNING)) {
        continue;
      }
      findings
          .on(repository.id())
          .fact(repository.describe() + " holds the code of " + String.join(", ", customCode))
          .fact(repository.id() + " declares no secret-scanning control")
          .report(
              "Credentials committed to "
                  + repository.id()
                  + " stay readable in its history by everyone with access to the code.");
    }
  }
}
