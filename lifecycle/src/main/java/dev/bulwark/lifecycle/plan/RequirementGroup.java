package dev.bulwark.lifecycle.plan;

import java.util.List;
import java.util.Objects;

/**
 * Requirements that belong together: the model's own mitigations, or the catalogue's
 * countermeasures of one ASVS chapter.
 *
 * @param key {@code model}, an ASVS chapter such as {@code V5}, or {@code other}
 */
public record RequirementGroup(String key, String title, List<Requirement> requirements) {
  public RequirementGroup {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    requirements = List.copyOf(requirements);
  }
}
