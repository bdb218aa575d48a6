package dev.bulwark.analysis.rules.web;

import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Stride.DENIAL_OF_SERVICE;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataFormat;
import java.util.List;

/**
 * Custom code that declares it parses XML and takes input from outside its zone. The fix, a parser
 * configured without DTDs and external entities, has no control of its own in the model, so the
 * rule fires until the format is dropped; a WAF and an egress network policy lower the likelihood.
 */
public final class XmlExternalEntities implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-WEB-008")
          .title("XML external entities")
          .stride(INFORMATION_DISCLOSURE, DENIAL_OF_SERVICE)
          .goals(CONFIDENTIALITY, AVAILABILITY)
          .cwe("CWE-611", "CWE-776")
          .capec("CAPEC-221")
          .rationale(
              "Many XML parsers still honour a document type declaration by default. A document"
                  + " that declares an entity pointing at a local file or an internal address makes"
                  + " the parser read it into the result; nested entities can expand a few bytes"
                  + " into gigabytes of memory.")
          .mitigations("xml-parser-hardening")
          .reducedBy(Control.WAF, Control.NETWORK_POLICY)
          .asvs("V5.5.2")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node parser : system.nodes()) {
      if (!parser.customCode() || !WebFacts.accepts(parser, DataFormat.XML)) {
        continue;
      }
      List<Interaction> input = WebFacts.outsideInput(system, parser);
      if (input.isEmpty()) {
        continue;
      }
      findings
          .on(parser.id())
          .fact(parser.describe() + " is custom code that accepts xml")
          .fact("it takes input from outside its zone (flows " + WebFacts.ids(input) + ")")
          .report(
              "An XML document sent to "
                  + parser.id()
                  + " can make its parser read local"
                  + " files or internal URLs into the response, or exhaust its memory.");
    }
  }
}
