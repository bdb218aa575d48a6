package dev.bulwark.knowledge;

import dev.bulwark.model.Control;
import dev.bulwark.model.MitigationCategory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mitigation in the built-in catalogue: what to do, how to verify it, and where it is required.
 *
 * @param id a stable slug, e.g. {@code parameterized-queries}
 * @param control the control a model declares once this is in place, if there is one
 * @param action what to do, in enough detail to start
 * @param verification a testable criterion: how a reviewer checks that it works
 * @param asvs OWASP ASVS 4.0.3 requirement ids, e.g. {@code V5.3.4}
 * @param nist NIST SP 800-53 control ids, e.g. {@code SI-10}
 * @param attack ATT&CK mitigation ids, e.g. {@code M1050}
 */
public record Countermeasure(
    String id,
    String title,
    MitigationCategory category,
    Optional<Control> control,
    String action,
    String verification,
    List<String> asvs,
    List<String> nist,
    List<String> attack) {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Countermeasure {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("countermeasure id must be a kebab-case slug: " + id);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(verification, "verification");
    asvs = List.copyOf(asvs);
    nist = List.copyOf(nist);
    attack = List.copyOf(attack);
  }
}
