package dev.bulwark.analysis;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules in force, by id. Layers stack: the built-in catalogue, then organisation packs, then
 * the model's own packs; a later layer adds rules, replaces a rule with the same id, or disables
 * one.
 */
public final class RuleSet {
  private final Map<String, Rule> rules;

  private RuleSet(Map<String, Rule> rules) {
    this.rules = rules;
  }

  public static RuleSet of(Collection<? extends Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (byId.putIfAbsent(rule.meta().id(), rule) != null) {
        throw new IllegalArgumentException("rule " + rule.meta().id() + " is defined twice");
      }
    }
    return new RuleSet(byId);
  }

  /** This set with {@code rule} added, or replacing the rule with its id. */
  public RuleSet with(Rule rule) {
    Map<String, Rule> next = new LinkedHashMap<>(rules);
    next.put(rule.meta().id(), rule);
    return new RuleSet(next);
  }

  /** This set without the rule {@code id}; unchanged if there is none. */
  public RuleSet without(String id) {
    Map<String, Rule> next = new LinkedHashMap<>(rules);
    next.remove(id);
    return new RuleSet(next);
  }

  public Optional<Rule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }
}
