package dev.bulwark.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a rule set over a system. The result is deterministic: findings sorted by fingerprint, and a
 * rule that reports the same fingerprint twice yields one finding with the facts and data of both.
 */
public final class Engine {
  private final RuleSet rules;

  public Engine(RuleSet rules) {
    this.rules = rules;
  }

  public List<Finding> run(SystemView system) {
    // Rules are stateless and the view is immutable, so they run in parallel; their results are
    // merged in rule order, which keeps the output the same whatever the scheduling.
    List<List<Finding>> perRule =
        rules.rules().parallelStream().map(rule -> check(rule, system)).toList();
    Map<String, Finding> byFingerprint = new TreeMap<>();
    for (List<Finding> findings : perRule) {
      for (Finding finding : findings) {
        byFingerprint.merge(finding.fingerprint(), finding, Engine::collapse);
      }
    }
    return withoutRefined(byFingerprint.values());
  }

  private static List<Finding> check(Rule rule, SystemView system) {
    Findings findings = new Findings(rule.meta(), system);
    try {
      rule.check(system, findings);
    } catch (RuntimeException e) {
      throw new RuleFailure(rule.meta().id(), e);
    }
    return findings.found();
  }

  private static List<Finding> withoutRefined(Collection<Finding> findings) {
    Set<String> refined = new HashSet<>();
    for (Finding finding : findings) {
      for (String broader : finding.rule().refines()) {
        finding.elements().forEach(e -> refined.add(broader + "@" + e));
      }
    }
    if (refined.isEmpty()) {
      return List.copyOf(findings);
    }
    return findings.stream()
        .filter(
            f -> f.elements().stream().noneMatch(e -> refined.contains(f.rule().id() + "@" + e)))
        .toList();
  }

  private static Finding collapse(Finding first, Finding second) {
    return new Finding(
        first.rule(),
        first.elements(),
        first.message(),
        union(first.facts(), second.facts()),
        union(first.data(), second.data()),
        first.cause());
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }

  /** A rule threw: a bug in a built-in rule, or a user rule that failed at run time. */
  public static final class RuleFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RuleFailure(String ruleId, RuntimeException cause) {
      super("rule " + ruleId + " failed: " + cause.getMessage(), cause);
    }
  }
}
