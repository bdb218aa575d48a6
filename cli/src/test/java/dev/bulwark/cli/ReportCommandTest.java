package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark report}: formats, where they go, and what the command refuses. */
class ReportCommandTest {
  private static final String TODAY = "2026-11-22";
  private static final String SHOP = "../examples/online-shop/bulwark.yaml";

  @Test
  void oneFormatGoesToStandardOutput() {
    Cli html = Cli.run("report", "--no-kb", "--today", TODAY, SHOP);
    assertThat(html.exitCode()).as(html.err()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<h1>Online shop</h1>");
    Cli md = Cli.run("report", "--no-kb", "--today", TODAY, "--format", "md", SHOP);
    assertThat(md.exitCode()).as(md.err()).isZero();
    assertThat(md.out()).startsWith("# Threat model: Online shop");
  }

  @Test
  void everyFormatIntoAFolderNamedAfterTheModel(@TempDir Path folder) throws IOException {
    Cli result =
        Cli.run(
            "report",
            "--no-kb",
            "--today",
            TODAY,
            "--format",
            "html,md,json,sarif,csv,pdf,dot,mermaid",
            "-o",
            folder.toString(),
            SHOP);
    assertThat(result.exitCode()).as(result.err()).isZero();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "online-shop.csv",
              "online-shop.dot",
              "online-shop.html",
              "online-shop.json",
              "online-shop.md",
              "online-shop.mmd",
              "online-shop.pdf",
              "online-shop.sarif");
    }
    byte[] pdf = Files.readAllBytes(folder.resolve("online-shop.pdf"));
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(Files.readString(folder.resolve("online-shop.sarif"))).contains("\"2.1.0\"");
    assertThat(Files.readString(folder.resolve("online-shop.dot"))).startsWith("digraph");
    assertThat(Files.readString(folder.resolve("online-shop.json")))
        .isEqualTo(Cli.run("analyze", "--no-kb", "--today", TODAY, "--format", "json", SHOP).out());
  }

  @Test
  void aFolderThatDoesNotExistYetIsNamedWithASlash(@TempDir Path parent) {
    Path folder = parent.resolve("reports");
    Cli result =
        Cli.run(
            "report",
            "--no-kb",
            "--today",
            TODAY,
            "-f",
            "html",
            "-f",
            "csv",
            "-o",
            folder + "/",
            SHOP);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(folder.resolve("online-shop.html")).exists();
    assertThat(folder.resolve("online-shop.csv")).exists();
  }

  @Test
  void reportsAreReadableLikeAnyFileTheUserWrites(@TempDir Path folder) throws IOException {
    Path html = folder.resolve("r.html");
    Cli result = Cli.run("report", "--no-kb", "--today", TODAY, "-o", html.toString(), SHOP);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(html)))
        .isEqualTo("rw-r--r--");
    Files.setPosixFilePermissions(html, PosixFilePermissions.fromString("rw-------"));
    Cli again = Cli.run("report", "--no-kb", "--today", TODAY, "-o", html.toString(), SHOP);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(html)))
        .as("a replaced file keeps its permissions")
        .isEqualTo("rw-------");
  }

  @Test
  void severalFormatsNeedAFolder(@TempDir Path folder) {
    Cli result =
        Cli.run(
            "report",
            "--no-kb",
            "--format",
            "html,md",
            "-o",
            folder.resolve("x.html").toString(),
            SHOP);
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("several formats need -o DIR");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void aPdfIsNeverPrintedToTheTerminal() {
    Cli result = Cli.run("report", "--no-kb", "--format", "pdf", SHOP);
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("name a file with -o");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli result = Cli.run("report", "--format", "docx", SHOP);
    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("docx");
  }

  @Test
  void anInvalidModelWritesNothing(@TempDir Path folder) {
    Cli result =
        Cli.run(
            "report",
            "--no-kb",
            "-o",
            folder.resolve("r.html").toString(),
            "src/test/resources/models/broken.yaml");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_MODEL);
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void aTimestampOnlyWhenAskedFor() {
    Cli plain = Cli.run("report", "--no-kb", "--today", TODAY, SHOP);
    Cli stamped = Cli.run("report", "--no-kb", "--today", TODAY, "--timestamp", SHOP);
    assertThat(plain.out()).doesNotContain("generated 20");
    assertThat(stamped.out()).contains("generated 20");
  }
}
