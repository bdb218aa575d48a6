package dev.bulwark.report.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.lifecycle.gate.CheckResult;
import dev.bulwark.lifecycle.gate.Gate;
import dev.bulwark.lifecycle.gate.GateFinding;
import dev.bulwark.lifecycle.gate.GateResult;
import dev.bulwark.lifecycle.gate.Outcome;
import dev.bulwark.lifecycle.gate.Policy;
import dev.bulwark.model.Golden;
import dev.bulwark.model.Position;
import dev.bulwark.model.parse.SafeStax;
import dev.bulwark.report.Digest;
import dev.bulwark.report.GateFixtures;
import dev.bulwark.report.ReportFixtures;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stax.StAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/**
 * The gate's JUnit XML: valid against the schema of the subset we write
 * (src/test/resources/schema/junit-gate.xsd), one test case per check, counts that add up.
 */
class GateJunitTest {
  private static final Path ROOT = ReportFixtures.repository();

  static Stream<String> models() {
    return Stream.concat(ReportFixtures.EXAMPLES.stream(), Stream.of("hostile"));
  }

  private static Digest digest(String name) {
    return Digest.of(
        name.equals("hostile") ? ReportFixtures.hostile() : ReportFixtures.example(name));
  }

  private static Schema schema() throws SAXException {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory.newSchema(GateJunitTest.class.getResource("/schema/junit-gate.xsd"));
  }

  /** Validates with the hardened StAX reader: no DTD, no entities. */
  static void validate(String xml) throws Exception {
    XMLStreamReader reader = SafeStax.factory(false).createXMLStreamReader(new StringReader(xml));
    Validator validator = schema().newValidator();
    validator.validate(new StAXSource(reader));
  }

  @ParameterizedTest
  @MethodSource("models")
  void validatesAgainstTheSchemaForEveryVerdict(String name) throws Exception {
    for (Policy policy : List.of(Policy.defaults(), GateFixtures.STRICT)) {
      validate(
          GateJunit.toString(GateFixtures.verdict(digest(name), policy, Optional.empty()), ROOT));
    }
  }

  @Test
  void theSchemaRejectsWhatItShould() throws Exception {
    String xml =
        GateJunit.toString(
            GateFixtures.verdict(digest("online-shop"), GateFixtures.STRICT, Optional.empty()),
            ROOT);
    validate(xml);
    List<String> broken =
        List.of(
            xml.replaceFirst(" tests=\"[0-9]+\"", " tests=\"-1\""),
            xml.replaceFirst("<testcase classname=\"[^\"]*\" ", "<testcase "),
            xml.replaceFirst("<failure message=\"[^\"]*\"", "<failure"),
            xml.replaceFirst("</testcase>", "<failure message=\"x\"/></testcase>"),
            xml.replaceFirst("<testsuite ", "<suite "));
    for (String doc : broken) {
      assertThat(doc).isNotEqualTo(xml);
      assertThatThrownBy(() -> validate(doc)).isInstanceOf(SAXException.class);
    }
  }

  @Test
  void oneTestCasePerCheckAndCountsThatAddUp() {
    GateResult result =
        GateFixtures.verdict(digest("online-shop"), GateFixtures.STRICT, Optional.empty());
    String xml = GateJunit.toString(result, ROOT);
    assertThat(result.checks()).hasSize(8);
    assertThat(xml.split("<testcase ", -1)).hasSize(9);
    long failed = result.withOutcome(Outcome.FAILED).size();
    long skipped = result.withOutcome(Outcome.SKIPPED).size();
    assertThat(xml)
        .contains(
            "<testsuite name=\"bulwark gate: online-shop\" tests=\"8\" failures=\""
                + failed
                + "\" errors=\"0\" skipped=\""
                + skipped
                + "\">")
        .contains("<testcase classname=\"bulwark.gate.online-shop\" name=\"stale-sources\">")
        .contains("<skipped message=\"no reader of the source history was given")
        .contains("<property name=\"policy\" value=\"strict.yaml\"/>");
    for (CheckResult check : result.withOutcome(Outcome.FAILED)) {
      assertThat(xml).contains("<failure message=\"" + check.summary().replace("\"", "&quot;"));
    }
  }

  @Test
  void aModelThatCouldNotBeAnalysedIsAnErrorAndTheRestSkipped() throws Exception {
    GateFinding error =
        new GateFinding(
            new Position(ROOT.resolve("m.yaml").toString(), 3, 7),
            "error [syntax-error] a \u0001 control character & <markup>",
            "k");
    GateResult rejected =
        Gate.rejected(Policy.defaults(), "m.yaml", List.of(error), Optional.empty());
    String xml = GateJunit.toString(rejected, ROOT);
    validate(xml);
    Golden.assertMatches("junit/gate-rejected.xml", xml);
    assertThat(xml)
        .contains("errors=\"1\"", "failures=\"0\"")
        .contains(
            "m.yaml:3:7: error [syntax-error] a \uFFFD control character &amp; &lt;markup&gt;");
  }

  @Test
  void textXmlCannotHoldIsReplaced() {
    assertThat(GateJunit.safe("a\u0000b\uD800c\uDC00d\uD83D\uDE00\t\n"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDE00\t\n");
  }
}
