package dev.bulwark.analysis.rules.web;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Stride.DENIAL_OF_SERVICE;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import java.util.List;

/**
 * Custom code with input from outside its zone that queries a search index (a search-index
 * component, or a database whose technology is a search engine). Parameterised queries are not
 * decisive here: a typed builder still hands user text to query-string syntax unless the code
 * avoids it, so only validation and a WAF lower the likelihood.
 */
public final class SearchQueryInjection implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-004")
          .title("Search query injection")
          .stride(INFORMATION_DISCLOSURE, DENIAL_OF_SERVICE)
          .goals(CONFIDENTIALITY, AVAILABILITY)
          .cwe("CWE-943")
          .attack("T1190")
          .rationale(
              "Search engines parse a rich query syntax: field names, wildcards, ranges, regular"
                  + " expressions, sometimes scripts. Search text passed through unchanged can"
                  + " query fields or indices the page never shows, lift a tenant filter, or send"
                  + " a pattern costly enough to stall the cluster.")
          .mitigations("search-query-builder", "input-validation")
          .reducedBy(Control.INPUT_VALIDATION, Control.WAF)
          .asvs("V5.3.4", "V5.1.3")
          .refines("BW-STRIDE-004")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Interaction query : system.interactions()) {
      var caller = query.source();
      var index = query.target();
      if (!caller.customCode() || WebFacts.queryOf(index) != WebFacts.Query.SEARCH) {
        continue;
      }
      List<Interaction> input = WebFacts.outsideInput(system, caller);
      if (input.isEmpty()) {
        continue;
      }
      findings
          .on(caller.id(), index.id())
          .fact(WebFacts.customCodeWithInput(caller, input))
          .fact(query.describe() + " queries a search index")
          .data(index.component().orElseThrow().stores())
          .cause(caller.id())
          .report(
              "Search input reaching %s can carry query syntax into %s,"
                      .formatted(caller.id(), index.id())
                  + " to read documents outside its filters or to overload it.");
    }
  }
}
