package dev.bulwark.analysis.cel;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.nio.file.Path;

/**
 * A rule from a pack: a CEL condition checked on every element of its {@link Target}. A finding
 * names the element it ran on (for an interaction, the flow). An expression that fails at run time
 * (an index out of range, a division by zero) yields no finding there and one problem for the rule,
 * kept with the shared {@link Evaluations}.
 */
final class CelRule implements Rule {
  private final RuleMeta meta;
  private final Target target;
  private final String when;
  private final CelRuntime.Program condition;
  private final MessageTemplate message;
  private final Path pack;
  private final int line;
  private final int column;
  private final Evaluations evaluations;

  CelRule(
      RuleMeta meta,
      Target target,
      String when,
      CelRuntime.Program condition,
      MessageTemplate message,
      Path pack,
      int line,
      int column,
      Evaluations evaluations) {
    this.meta = meta;
    this.target = target;
    this.when = when;
    this.condition = condition;
    this.message = message;
    this.pack = pack;
    this.line = line;
    this.column = column;
    this.evaluations = evaluations;
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  /** The pack file that defines this rule. */
  Path pack() {
    return pack;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    int failed = 0;
    String firstFailure = "";
    for (Activations.Bound element : evaluations.activations(system).of(target)) {
      String text;
      try {
        if (!Boolean.TRUE.equals(condition.eval(element.variables()))) {
          continue;
        }
        text = message.render(element.variables());
      } catch (CelEvaluationException | RuntimeException e) {
        if (failed++ == 0) {
          firstFailure = element.description() + ": " + e.getMessage();
        }
        continue;
      }
      findings
          .on(element.elementId())
          .fact(element.description() + " matches the condition of " + meta.id() + ": " + when)
          .report(text);
    }
    if (failed == 0) {
      evaluations.succeeded(system, meta.id());
      return;
    }
    String others = failed == 1 ? "" : " (and on " + (failed - 1) + " more elements)";
    evaluations.failed(
        system,
        meta.id(),
        new PackProblem(
            pack,
            line,
            column,
            "cel-evaluation-error",
            "rule " + meta.id() + " failed on " + firstFailure + others,
            "no finding was reported there; guard the expression, e.g. with size() or has()"));
  }
}
