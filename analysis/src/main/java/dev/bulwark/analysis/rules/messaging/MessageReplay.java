package dev.bulwark.analysis.rules.messaging;

import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.SPOOFING;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Rating;
import java.util.List;

/**
 * An authenticated but unencrypted flow that crosses a boundary into a queue or broker with data
 * whose integrity is rated high or critical: what is captured on the path can be published again.
 * Unauthenticated flows are BW-MSG-001's; a VPN counts as encryption.
 */
public final class MessageReplay implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-MSG-004")
          .title("Captured messages can be replayed to a broker")
          .stride(SPOOFING, TAMPERING)
          .goals(INTEGRITY)
          .cwe("CWE-294")
          .attack("T1557")
          .rationale(
              "On a plain-text link, the producer's credentials and its messages travel in the"
                  + " clear; someone on the path can publish a recorded payment, command or stock"
                  + " change again, and a consumer without idempotency or freshness checks will act"
                  + " on it twice.")
          .mitigations("message-replay-protection", "encrypt-transport")
          .reducedBy(Control.NETWORK_POLICY)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction in : system.interactions()) {
      List<String> critical =
          in.data().stream()
              .filter(d -> d.integrity().compareTo(Rating.HIGH) >= 0)
              .map(DataAsset::id)
              .toList();
      if (!Brokers.isBroker(in.target())
          || !in.crossesBoundary()
          || !in.authenticated()
          || in.encrypted()
          || !in.flow().protocol().network()
          || in.flow().controls().contains(Control.VPN)
          || critical.isEmpty()) {
        continue;
      }
      findings
          .on(in.target().id(), in.id())
          .fact(in.describe() + " crosses a trust boundary without encryption")
          .fact("it carries data whose integrity matters: " + String.join(", ", critical))
          .data(critical)
          .cause(in.target().id())
          .report(
              "Messages sent on "
                  + in.id()
                  + " can be recorded on the path and published to "
                  + in.target().id()
                  + " again.");
    }
  }
}
