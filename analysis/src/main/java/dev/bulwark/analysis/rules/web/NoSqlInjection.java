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
import java.util.List;

/**
 * Custom code that queries a document, key-value, wide-column or graph database (told by the
 * database's technology) with input from outside its zone. Parameterised queries are decisive: ASVS
 * V5.3.4 names NoSQL stores, and the catalogue entry asks for drivers' typed query builders that
 * bind values, which keeps operator objects and script fragments out of the query.
 */
public final class NoSqlInjection implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-002")
          .title("NoSQL injection")
          .stride(TAMPERING, INFORMATION_DISCLOSURE)
          .goals(CONFIDENTIALITY, INTEGRITY)
          .cwe("CWE-943")
          .capec("CAPEC-676")
          .attack("T1190")
          .rationale(
              "Document and key-value stores take queries as structures, not only as text. When a"
                  + " request body is merged into a filter, a value can turn into an operator such"
                  + " as a not-equal or a server-side script, and the query then matches every"
                  + " record, skips a password check or runs code in the database.")
          .mitigations("parameterized-queries", "nosql-operator-filtering", "input-validation")
          .reducedBy(Control.INPUT_VALIDATION, Control.WAF)
          .asvs("V5.3.4", "V5.1.3")
          .refines("BW-STRIDE-002")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction query : system.interactions()) {
      var caller = query.source();
      var store = query.target();
      if (!caller.customCode()
          || WebFacts.queryOf(store) != WebFacts.Query.NOSQL
          || caller.has(Control.PARAMETERIZED_QUERIES)) {
        continue;
      }
      List<Interaction> input = WebFacts.outsideInput(system, caller);
      if (input.isEmpty()) {
        continue;
      }
      String tech = store.component().flatMap(c -> c.technology()).orElse("");
      findings
          .on(caller.id(), store.id())
          .fact(WebFacts.customCodeWithInput(caller, input))
          .fact("%s queries %s, a NoSQL store (%s)".formatted(query.describe(), store.id(), tech))
          .fact(caller.id() + " declares no parameterized-queries control")
          .data(store.component().orElseThrow().stores())
          .cause(caller.id())
          .report(
              "Request values reaching %s can turn into query operators in what it sends to %s,"
                      .formatted(caller.id(), store.id())
                  + " to match, read or change records there.");
    }
  }
}
