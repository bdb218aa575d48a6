package dev.bulwark.interop.tmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.cel.ForeignPacks;
import dev.bulwark.analysis.cel.PackProblem;
import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Position;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken files give one clear, placed problem; never a crash, a read or a fetch. */
class HostileFilesTest {
  @TempDir Path dir;

  @Test
  void anExternalEntityIsRefusedAndNotRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE ThreatModel [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n<ThreatModel><MetaInformation><ThreatModelName>&x;</ThreatModelName>"
            + "</MetaInformation></ThreatModel>";
    Problem problem = onlyProblem(xxe);
    assertThat(problem.type()).isEqualTo(ProblemType.XML_REFUSED);
    assertThat(problem.position()).isEqualTo(new Position("hostile.tm7", 2, 1));
    assertThat(problem.message()).contains("a DOCTYPE is not allowed").doesNotContain("TOP-SECRET");
    assertThat(templateProblem(xxe).code()).isEqualTo("xml-refused");
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder xml = new StringBuilder("<!DOCTYPE ThreatModel [<!ENTITY l0 \"ha\">");
    for (int i = 1; i < 10; i++) {
      xml.append("<!ENTITY l").append(i).append(" \"");
      xml.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    xml.append("]><ThreatModel><Notes>&l9;</Notes></ThreatModel>");
    Problem problem = onlyProblem(xml.toString());
    assertThat(problem.type()).isEqualTo(ProblemType.XML_REFUSED);
    assertThat(problem.position()).isEqualTo(new Position("hostile.tm7", 1, 1));
  }

  @Test
  void anExternalDtdIsRefusedWithoutFetchingIt() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE ThreatModel SYSTEM \"http://192.0.2.1/evil.dtd\">"
            + "<ThreatModel/>";
    Problem problem = onlyProblem(xml);
    assertThat(problem.type()).isEqualTo(ProblemType.XML_REFUSED);
    assertThat(problem.position().column()).isEqualTo(22);
  }

  @Test
  void anUndeclaredEntityIsRefused() {
    Problem problem = onlyProblem("<ThreatModel><Notes>&nope;</Notes></ThreatModel>");
    assertThat(problem.type()).isEqualTo(ProblemType.XML_REFUSED);
    assertThat(problem.position().line()).isEqualTo(1);
  }

  @Test
  void deepNestingStopsAtTheLimit() {
    String xml = "<ThreatModel>" + "<a>".repeat(100) + "</a>".repeat(100) + "</ThreatModel>";
    Problem problem = onlyProblem(xml);
    assertThat(problem.type()).isEqualTo(ProblemType.NESTING_TOO_DEEP);
    // the 65th element opens at column 1 + 13 + 63 * 3
    assertThat(problem.position()).isEqualTo(new Position("hostile.tm7", 1, 1 + 13 + 63 * 3));
  }

  @Test
  void aTruncatedFileSaysWhereItEnds() {
    byte[] half = Arrays.copyOf(Samples.bytes(Samples.MODEL), 50_000);
    Imported imported = read(half, ParseLimits.DEFAULTS);
    assertThat(imported.model()).isEmpty();
    Problem problem = imported.problems().get(0);
    assertThat(problem.type()).isEqualTo(ProblemType.XML_REFUSED);
    assertThat(problem.position().line()).isEqualTo(1);
    assertThat(problem.position().column()).isBetween(49_000, 50_001);
  }

  @Test
  void emptyAndBinaryFilesAreRefused() {
    assertThat(onlyProblem("").type()).isEqualTo(ProblemType.XML_REFUSED);
    byte[] binary = {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0x3c};
    assertThat(read(binary, ParseLimits.DEFAULTS).problems().get(0).type())
        .isEqualTo(ProblemType.XML_REFUSED);
  }

  @Test
  void limitsOnSizeAndElementsHold() {
    byte[] sample = Samples.bytes(Samples.MODEL);
    assertThat(read(sample, ParseLimits.DEFAULTS.withMaxFileBytes(1000)).problems().get(0).type())
        .isEqualTo(ProblemType.FILE_TOO_LARGE);
    assertThat(read(sample, ParseLimits.DEFAULTS.withMaxNodes(500)).problems().get(0).type())
        .isEqualTo(ProblemType.DOCUMENT_TOO_LARGE);
  }

  @Test
  void aFileOfAnotherKindIsNamed() {
    Problem problem = onlyProblem("<KnowledgeBase/>");
    assertThat(problem.type()).isEqualTo(ProblemType.WRONG_TYPE);
    assertThat(problem.hint())
        .isEqualTo("this is a template (.tb7): use it as a rule pack, --rules hostile.tm7");
    assertThat(onlyProblem("<html><body/></html>").message())
        .contains("the root element is <html>");
  }

  @Test
  void valuesOfTheWrongTypeAreReportedAndLeftOut() {
    String xml =
        new Tm7()
            .box(
                "StencilEllipse",
                "GE.P",
                "GE.P",
                "p1",
                "Proc",
                10,
                10,
                10,
                10,
                Tm7.property("x", "Broken list", "7|No|Yes"))
            .xml()
            .replace("<Left xmlns", "<Left data=\"1\" xmlns")
            .replace(">10</Left>", ">ten</Left>");
    Imported imported = read(xml.getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULTS);
    assertThat(imported.model()).isPresent();
    assertThat(imported.problems())
        .filteredOn(p -> p.type() == ProblemType.WRONG_TYPE)
        .extracting(Problem::message)
        .containsExactlyInAnyOrder(
            "property 'Broken list' selects entry '7' of a list of 2; it is left out",
            "<Left> is 'ten'; a number was expected");
    assertThat(imported.model().get().components().get(0).tags()).noneMatch(t -> t.contains(".x="));
  }

  private static Imported read(byte[] bytes, ParseLimits limits) {
    return new TmtImporter().read(new Source("hostile.tm7", bytes), limits);
  }

  private static Problem onlyProblem(String xml) {
    Imported imported = read(xml.getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULTS);
    assertThat(imported.model()).isEmpty();
    assertThat(imported.problems()).hasSize(1);
    return imported.problems().get(0);
  }

  private static PackProblem templateProblem(String xml) {
    ForeignPacks.Pack pack =
        TemplatePacks.pack(
            Path.of("hostile.tb7"), xml.getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULTS);
    assertThat(pack.rules()).isEmpty();
    return pack.problems().get(0);
  }
}
