package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.Position;
import dev.bulwark.model.TriageEntry;
import dev.bulwark.risk.Notice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stale-triage}: every triage entry must decide some threat. The risk module reports the
 * entries that decide nothing as {@code stale-triage} notices: those matching no current threat
 * (the element was renamed, the rule no longer fires) and those every match of which a more
 * specific entry takes. This check turns those notices into failures.
 */
public record StaleTriage() implements Check {
  public static final String ID = "stale-triage";
  static final String NOTICE = "stale-triage";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Every triage entry decides at least one current threat.";
  }

  @Override
  public CheckResult run(GateInput input) {
    Map<Position, String> entries = new HashMap<>();
    for (TriageEntry entry : input.model().triage()) {
      entries.putIfAbsent(entry.position(), entry.threat());
    }
    List<GateFinding> findings =
        input.notices(NOTICE).stream()
            .map((Notice n) ->
                new GateFinding(
                    n.position(),
                    n.message(),
                    "triage:" + entries.getOrDefault(n.position(), n.position().toString())))
            .toList();
    return findings.isEmpty()
        ? CheckResult.passed(this, "every triage entry decides a threat")
        : CheckResult.failed(
            this,
            Counting.of(findings.size(), "triage entry is", "triage entries are") + " stale",
            findings);
  }
}
