package dev.bulwark.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One place where a rule's threat applies.
 *
 * @param rule the rule that fired
 * @param elements ids of the elements involved; the first is where the threat materialises. With
 *     the rule id they make the {@link #fingerprint()}, so they must never depend on list order
 * @param message one sentence for a person: what can happen here
 * @param facts why the rule fired: the facts of the model it matched, in words
 * @param data ids of the data assets at stake; impact is read from them
 * @param cause the root cause shared by findings that one decision fixes (e.g. one missing control
 *     on five flows); findings of one rule with the same cause form a group
 */
public record Finding(
    RuleMeta rule,
    List<String> elements,
    String message,
    List<String> facts,
    List<String> data,
    String cause) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    elements = List.copyOf(elements);
    if (elements.isEmpty()) {
      throw new IllegalArgumentException(rule.id() + ": a finding names at least one element");
    }
    Objects.requireNonNull(message, "message");
    facts = List.copyOf(facts);
    data = List.copyOf(data);
    Objects.requireNonNull(cause, "cause");
  }

  /**
   * The stable identity of this threat: {@code RULE@element} or {@code RULE@a+b} — the rule id and
   * the ids of the elements involved, never positions, so triage and tickets survive edits.
   */
  public String fingerprint() {
    return fingerprint(rule.id(), elements);
  }

  public static String fingerprint(String ruleId, List<String> elementIds) {
    return ruleId + "@" + String.join("+", elementIds);
  }

  /** The key of this finding's root-cause group: rule and cause. */
  public String group() {
    return rule.id() + "#" + cause;
  }
}
