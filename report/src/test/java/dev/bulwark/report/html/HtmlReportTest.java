package dev.bulwark.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.knowledge.mitre.KbEntry;
import dev.bulwark.knowledge.mitre.KbFormat;
import dev.bulwark.knowledge.mitre.KbImport;
import dev.bulwark.knowledge.mitre.KbKind;
import dev.bulwark.knowledge.mitre.KbSource;
import dev.bulwark.knowledge.mitre.KnowledgeBase;
import dev.bulwark.model.Golden;
import dev.bulwark.report.Digest;
import dev.bulwark.report.ReportFixtures;
import dev.bulwark.report.ReportInput;
import dev.bulwark.risk.AssessedThreat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {
  static final java.util.List<String> EXAMPLES = ReportFixtures.EXAMPLES;

  private static String render(ReportInput input) {
    return new HtmlReport().renderToString(Digest.of(input));
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void examplesMatchTheirGoldenReports(String example) {
    Golden.assertMatches("html/" + example + ".html", render(ReportFixtures.example(example)));
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void everyThreatHasItsArticleAndTheReportIsWellFormed(String example) throws Exception {
    ReportInput input = ReportFixtures.example(example);
    Map<String, Element> byId = Xhtml.byId(Xhtml.parse(render(input)));
    for (AssessedThreat t : input.assessment().threats()) {
      Element article = byId.get("t-" + t.fingerprint().replaceAll("[^A-Za-z0-9._-]", "_"));
      assertThat(article).as(t.fingerprint()).isNotNull();
      assertThat(article.getTextContent()).contains(t.title(), t.fingerprint());
    }
  }

  @Test
  void sameInputSameBytes() {
    ReportInput input = ReportFixtures.example("online-shop");
    assertThat(render(input)).isEqualTo(render(input));
  }

  @Test
  void nothingIsFetchedAndNothingRuns() throws Exception {
    String html = render(ReportFixtures.example("online-shop"));
    assertThat(html)
        .contains("default-src 'none'")
        .doesNotContain("<script", "<link", "<iframe", "<img", "@import", "<foreignObject")
        .doesNotContainPattern("url\\((?!#)");
    Document doc = Xhtml.parse(html);
    NodeList all = doc.getElementsByTagName("*");
    IntStream.range(0, all.getLength())
        .mapToObj(i -> (Element) all.item(i))
        .forEach(e -> {
          assertThat(e.getAttribute("src")).as(e.getTagName()).isEmpty();
          if (!e.getAttribute("href").isEmpty()) {
            assertThat(e.getAttribute("href"))
                .matches("#.*|https://(cwe|capec|attack)\\.mitre\\.org/.*");
          }
        });
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void everySvgReferenceFindsItsTargetOnThePage(String example) throws Exception {
    Document doc = Xhtml.parse(render(ReportFixtures.example(example)));
    Map<String, Element> byId = Xhtml.byId(doc); // and no id twice
    NodeList uses = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "use");
    assertThat(uses.getLength()).as("attack paths drawn by reference").isEqualTo(3);
    for (int i = 0; i < uses.getLength(); i++) {
      String href = ((Element) uses.item(i)).getAttributeNS("http://www.w3.org/1999/xlink", "href");
      assertThat(href).startsWith("#");
      assertThat(byId).containsKey(href.substring(1));
      assertThat(byId.get(href.substring(1)).getLocalName()).isEqualTo("g");
    }
  }

  @Test
  void hostileModelTextIsEscapedWhereverItIsPrinted() throws Exception {
    String html = render(ReportFixtures.hostile());
    assertThat(html)
        .doesNotContain("<script", "<img", "<iframe", "<marquee", "<u>", "<b ")
        .contains(
            "<h1>&lt;script&gt;alert('title')&lt;/script&gt; &amp; \"quoted\" | pipe</h1>",
            "&lt;marquee&gt;accepted&lt;/marquee&gt;",
            "&lt;u&gt;Escape&lt;/u&gt; ${output}");
    Document doc = Xhtml.parse(html);
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      for (int a = 0; a < e.getAttributes().getLength(); a++) {
        String name = e.getAttributes().item(a).getNodeName();
        assertThat(name).as("attribute on " + e.getTagName()).doesNotStartWith("on");
      }
      if (e.hasAttribute("href")) {
        assertThat(e.getAttribute("href")).doesNotContainIgnoringCase("javascript:");
      }
    }
  }

  @Test
  void referencesShowTheirNamesWhenMitreCataloguesAreImported() {
    ReportInput plain = ReportFixtures.example("online-shop");
    KbEntry entry =
        new KbEntry(
            "CWE-829",
            KbKind.CWE_WEAKNESS,
            "Inclusion of <Functionality> from Untrusted Control Sphere",
            "",
            Optional.empty(),
            Optional.empty(),
            List.of());
    KnowledgeBase kb =
        KnowledgeBase.of(
            List.of(
                new KbImport(
                    new KbSource("cwe", KbFormat.CWE_XML, "4.14", "cwe.xml"),
                    List.of(entry),
                    List.of(),
                    0)));
    ReportInput withKb =
        new ReportInput(
            plain.model(),
            plain.view(),
            plain.assessment(),
            plain.rules(),
            plain.catalogue(),
            kb,
            plain.warnings(),
            plain.modelFile(),
            plain.sourceRoot(),
            plain.date(),
            plain.generatedAt());
    String expected = "Inclusion of &lt;Functionality&gt; from Untrusted Control Sphere";
    assertThat(render(plain)).doesNotContain(expected);
    assertThat(render(withKb))
        .contains(
            "<a href=\"https://cwe.mitre.org/data/definitions/829.html\" rel=\"noreferrer\""
                + " title=\"Inclusion of &lt;Functionality> from Untrusted Control Sphere\">"
                + "CWE-829</a><span class=\"small muted\"> "
                + expected
                + "</span>");
  }
}
