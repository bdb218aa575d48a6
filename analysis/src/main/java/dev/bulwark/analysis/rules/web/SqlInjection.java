package dev.bulwark.analysis.rules.web;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;
import static dev.bulwark.model.Stride.TAMPERING;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;

/**
 * Custom code that queries a relational database and takes input from outside its own zone
 * (directly or through forwarders in front of it) may build queries from that input. Databases
 * whose technology names a NoSQL store or a search engine are left to BW-WEB-002 and BW-WEB-004.
 * Parameterised queries are decisive; validation and a WAF only lower the likelihood.
 */
public final class SqlInjection implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-001")
          .title("SQL injection")
          .stride(TAMPERING, INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-89")
          .capec("CAPEC-66")
          .attack("T1190")
          .rationale(
              "Code that writes SQL text with values it received can be made to run statements the"
                  + " author never wrote: reading other users' rows, changing prices, dropping"
                  + " tables. It takes one forgotten string concatenation.")
          .mitigations("parameterized-queries", "input-validation")
          .reducedBy(Control.INPUT_VALIDATION, Control.WAF)
          .asvs("V5.3.4", "V5.3.5")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction query : system.interactions()) {
      var caller = query.source();
      boolean customCode = caller.customCode();
      if (!customCode
          || WebFacts.queryOf(query.target()) != WebFacts.Query.SQL
          || caller.has(Control.PARAMETERIZED_QUERIES)
          || WebFacts.outsideInput(system, caller).isEmpty()) {
        continue;
      }
      findings
          .on(caller.id(), query.target().id())
          .fact(caller.describe() + " is custom code that takes input from outside its zone")
          .fact(query.describe() + " queries " + query.target().describe())
          .fact(caller.id() + " declares no parameterized-queries control")
          .data(query.target().component().orElseThrow().stores())
          .cause(caller.id())
          .report(
              "Input reaching "
                  + caller.id()
                  + " can change the SQL it sends to "
                  + query.target().id()
                  + ", to read or alter data there.");
    }
  }
}
