package dev.bulwark.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Digest;
import dev.bulwark.report.Escape;
import dev.bulwark.report.ReportFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints a page of about 1 MB and reports time and memory, for report-pdf/README.md. Off in the
 * normal build (it measures, it does not check speed): run with {@code -Dpdf.probe=true}, and a
 * heap limit such as {@code -DargLine=-Xmx256m} to see what it fits in.
 */
@EnabledIfSystemProperty(named = "pdf.probe", matches = "true")
class LargePageProbe {
  @Test
  void printAMegabyteOfXhtml() throws IOException {
    Digest digest = Digest.of(ReportFixtures.example("online-shop"));
    String sample = new SampleXhtml().renderToString(digest);
    StringBuilder rows = new StringBuilder();
    for (int i = 0; rows.length() < 1_000_000; i++) {
      rows.append("<tr><td class=\"id\">BW-PROBE-")
          .append(i)
          .append("@component-")
          .append(i % 97)
          .append("</td><td>")
          .append(
              Escape.xml("A threat written long enough to wrap once in its column, number " + i))
          .append("<br/>Why it fired, in a sentence or two of ordinary length.</td><td>HIGH</td>")
          .append("<td>OPEN</td></tr>\n");
    }
    String page = sample.replace("</tbody>", rows + "</tbody>");
    PdfReport report = new PdfReport(new SampleXhtml());
    PdfReport.Info info = new PdfReport.Info("probe", Optional.empty());

    long coldStart = System.nanoTime();
    report.print(sample, info, new ByteArrayOutputStream());
    long cold = System.nanoTime() - coldStart;

    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long start = System.nanoTime();
    report.print(page, info, out);
    long warm = System.nanoTime() - start;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    try (PDDocument pdf = Pdfs.load(out.toByteArray())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(100);
      System.out.printf(
          "pdf probe: %,d chars of XHTML → %,d pages, %,d bytes of PDF; first (cold, small) print"
              + " %d ms; large print %d ms, %,d MB allocated, heap peak %,d MB, max heap %,d MB%n",
          page.length(),
          pdf.getNumberOfPages(),
          out.size(),
          cold / 1_000_000,
          warm / 1_000_000,
          allocated >> 20,
          peak >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }
}
