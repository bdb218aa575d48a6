package dev.bulwark.analysis.rules.stride;

import static dev.bulwark.model.Goal.ACCOUNTABILITY;
import static dev.bulwark.model.Stride.REPUDIATION;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import java.util.List;

/**
 * Baseline repudiation: a component takes requests with non-public data from a less trusted zone,
 * sent by a party that could later deny them (an actor, an external service, anything in another
 * organisation's zone), and keeps no record: neither audit logging nor monitoring on it or on the
 * flow. Calls between our own services are left out: no one there disputes a request.
 */
public final class RepudiationAcrossBoundary implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-STRIDE-003")
          .title("Requests from a less trusted zone leave no trace")
          .stride(REPUDIATION)
          .goals(ACCOUNTABILITY)
          .cwe("CWE-778")
          .rationale(
              "Without a record of who asked for what, a caller can later deny a request it made,"
                  + " and an abused interface cannot be told apart from normal use after the"
                  + " fact. The requests come from a zone the receiver does not control, which"
                  + " is where that record matters most.")
          .mitigations("audit-log-boundary-actions", "alert-on-security-events")
          .asvs("V7.1.3", "V7.1.4", "V7.2.2")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction i : Crossings.inward(system)) {
      List<String> nonPublic = Crossings.nonPublic(i);
      if (!i.target().isComponent()
          || !Crossings.accountable(system, i.source())
          || nonPublic.isEmpty()
          || i.has(Control.AUDIT_LOGGING)
          || i.has(Control.MONITORING)) {
        continue;
      }
      findings
          .on(i.id(), i.target().id())
          .fact(Crossings.crossing(i))
          .fact(i.source().describe() + " answers for its own requests (an actor or outside party)")
          .fact("it carries data that is not public: " + String.join(", ", nonPublic))
          .fact(
              i.target().id()
                  + " and flow "
                  + i.id()
                  + " declare neither audit-logging nor monitoring")
          .cause(i.target().id())
          .report(
              i.target().id()
                  + " keeps no record of what "
                  + i.source().id()
                  + " asks for on flow "
                  + i.id()
                  + "; a disputed or abusive request cannot be traced.");
    }
  }
}
