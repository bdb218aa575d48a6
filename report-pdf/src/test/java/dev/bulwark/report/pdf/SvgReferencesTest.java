package dev.bulwark.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** An SVG that shows another SVG of the page by reference is printed with a copy of it. */
class SvgReferencesTest {
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
      <svg xmlns="http://www.w3.org/2000/svg" id="base" width="200" height="100">
      <g id="base-graph"><defs><marker id="base-arrow"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>
      <rect id="box" x="0" y="0" width="100" height="100" fill="#ff0000"/>
      <polyline points="0,0 50,50" marker-end="url(#base-arrow)"/></g></svg>
      <p>a view of it</p>
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
       id="view" width="100" height="100" viewBox="0 0 100 100">
      <use xlink:href="#base-graph"/><use xlink:href="#box" x="5"/><use href="#nowhere"/>
      <circle cx="90" cy="90" r="5" fill="#0000ff"/></svg>
      </body></html>
      """;

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void aReferenceToAnotherSvgBecomesARenamedCopy() throws Exception {
    Document doc = parse(PAGE);
    new SvgReferences().mutateDocument(doc);
    Element view = (Element) doc.getElementsByTagNameNS("*", "svg").item(1);
    List<Element> groups = children(view, "g");
    assertThat(groups).hasSize(2);
    Element graph = children(groups.get(0), "g").getFirst();
    assertThat(graph.getAttribute("id")).isEqualTo("view-base-graph");
    Element marker = (Element) graph.getElementsByTagNameNS("*", "marker").item(0);
    assertThat(marker.getAttribute("id")).isEqualTo("view-base-arrow");
    Element line = (Element) graph.getElementsByTagNameNS("*", "polyline").item(0);
    assertThat(line.getAttribute("marker-end")).isEqualTo("url(#view-base-arrow)");
    assertThat(groups.get(1).getAttribute("transform")).isEqualTo("translate(5,0)");
    assertThat(children(groups.get(1), "rect").getFirst().getAttribute("id")).isEqualTo("view-box");
    // a reference to nothing on the page is left as it was; the original is untouched
    assertThat(children(view, "use")).hasSize(1);
    assertThat(doc.getElementById("base-graph")).isNull(); // no DTD: ids are plain attributes
    Element base = (Element) doc.getElementsByTagNameNS("*", "svg").item(0);
    assertThat(children(base, "g").getFirst().getAttribute("id")).isEqualTo("base-graph");
  }

  @Test
  void thePrinterDrawsTheReferencedShapesWithoutAWarning() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> warnings =
        new PdfReport(new SampleXhtml())
            .print(
                PAGE.replace("<use href=\"#nowhere\"/>", ""),
                new PdfReport.Info("t", Optional.empty()),
                out);
    assertThat(warnings).isEmpty();
    try (PDDocument document = Pdfs.load(out.toByteArray())) {
      BufferedImage page = new PDFRenderer(document).renderImage(0, 1);
      // both SVGs draw the red square: the page shows two red regions, one above the other
      assertThat(redRows(page)).isGreaterThan(120);
    }
  }

  /** Rows of the page with a strongly red pixel: a 100 px square is 75 rows at 72 dpi. */
  private static int redRows(BufferedImage page) {
    int rows = 0;
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        int rgb = page.getRGB(x, y);
        if ((rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) < 60 && (rgb & 0xff) < 60) {
          rows++;
          break;
        }
      }
    }
    return rows;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new java.util.ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }
}
