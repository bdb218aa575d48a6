package dev.bulwark.knowledge.mitre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every broken file is refused with its name and the line (and column) where it breaks. */
class MalformedInputTest {
  @TempDir Path folder;

  @Test
  void truncatedXml() throws IOException {
    String whole = Files.readString(Samples.CAPEC_XML);
    Path file =
        write("capec.xml", whole.substring(0, whole.indexOf("<Attack_Pattern ID=\"650\"") + 200));
    int lines = (int) file.toFile().length() > 0 ? (int) Files.readString(file).lines().count() : 0;
    assertThatThrownBy(() -> KbImport.read(file))
        .isInstanceOf(KbException.class)
        .hasMessageMatching("\\Q" + file + "\\E:" + lines + ":[0-9]+: .*");
  }

  @Test
  void aDtdWithAnExternalEntityIsRefusedNotResolved() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
    Path file =
        write(
            "evil.xml",
            "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE Attack_Pattern_Catalog [\n"
                + "  <!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">\n"
                + "]>\n"
                + "<Attack_Pattern_Catalog xmlns=\"http://capec.mitre.org/capec-3\" Version=\"3.9\">\n"
                + "<Attack_Patterns><Attack_Pattern ID=\"1\" Name=\"&xxe;\" Status=\"Draft\">\n"
                + "<Description>&xxe;</Description></Attack_Pattern></Attack_Patterns>\n"
                + "</Attack_Pattern_Catalog>\n");
    assertThatThrownBy(() -> KbImport.read(file))
        .isInstanceOf(KbException.class)
        .hasMessageStartingWith(file + ":")
        .hasMessageContaining("DOCTYPE is not allowed")
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void anEntityWithoutADtdIsRefused() throws IOException {
    Path file =
        write(
            "cwe.xml",
            "<Weakness_Catalog xmlns=\"http://cwe.mitre.org/cwe-7\">\n"
                + "<Weaknesses><Weakness ID=\"1\" Name=\"x\">\n"
                + "<Description>&nbsp;</Description></Weakness></Weaknesses></Weakness_Catalog>");
    assertThatThrownBy(() -> KbImport.read(file))
        .isInstanceOf(KbException.class)
        .hasMessageStartingWith(file + ":3:");
  }

  @Test
  void anAttributeThatIsNotAnId() throws IOException {
    Path file =
        write(
            "capec.xml",
            "<Attack_Pattern_Catalog xmlns=\"http://capec.mitre.org/capec-3\">\n"
                + "<Attack_Patterns>\n  <Attack_Pattern ID=\"six\" Name=\"x\"/>\n"
                + "</Attack_Patterns></Attack_Pattern_Catalog>");
    assertThatThrownBy(() -> KbImport.read(file))
        .hasMessage(file + ":3:38: Attack_Pattern has ID='six'; expected a positive number");
  }

  @Test
  void xmlOfAnotherVocabulary() throws IOException {
    Path file = write("pom.xml", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>");
    assertThatThrownBy(() -> KbImport.read(file))
        .hasMessageStartingWith(file + ":1:")
        .hasMessageContaining("neither CAPEC")
        .hasMessageContaining("http://maven.apache.org/POM/4.0.0");
  }

  @Test
  void badJson() throws IOException {
    Path file =
        write("attack.json", "{\"type\": \"bundle\",\n \"objects\": [\n  {\"type\": \"x\",}\n]}");
    assertThatThrownBy(() -> KbImport.read(file))
        .isInstanceOf(KbException.class)
        .hasMessageStartingWith(file + ":3:");
  }

  @Test
  void jsonThatIsNotABundle() throws IOException {
    Path file = write("other.json", "{\"type\": \"indicator\"}");
    assertThatThrownBy(() -> KbImport.read(file))
        .hasMessageStartingWith(file + ":1:")
        .hasMessageContaining("expected \"bundle\"");
  }

  @Test
  void duplicateKeysInJson() throws IOException {
    Path file = write("dup.json", "{\"type\": \"bundle\", \"type\": \"bundle\"}");
    assertThatThrownBy(() -> KbImport.read(file))
        .hasMessageStartingWith(file + ":1:")
        .hasMessageContaining("Duplicate");
  }

  @Test
  void csvWithAnUnclosedQuote() throws IOException {
    Path file =
        write(
            "cwe.csv",
            "CWE-ID,Name,Weakness Abstraction,Status,Description\n"
                + "89,\"SQL Injection\",Base,Stable,\"ok\"\n"
                + "79,\"Cross-site Scripting,Base,Stable,\"broken\n"
                + "more text\n");
    assertThatThrownBy(() -> KbImport.read(file))
        .isInstanceOf(KbException.class)
        .hasMessageStartingWith(file + ":3:")
        .hasMessageContaining("quote");
  }

  @Test
  void csvWithABadId() throws IOException {
    Path file = write("cwe.csv", "CWE-ID,Name\n89,SQL Injection\n\"multi\nline\",x\nabc,y\n");
    assertThatThrownBy(() -> KbImport.read(file))
        .hasMessage(file + ":3: CWE-ID 'multi\nline' is not a positive number");
  }

  @Test
  void csvWithoutTheColumnsOfCwe() throws IOException {
    Path file = write("other.csv", "CWE-ID,Title\n1,x\n");
    assertThatThrownBy(() -> KbImport.read(file))
        .hasMessage(file + ":1: no column 'Name' in the header; is this CWE's CSV export?");
  }

  @Test
  void somethingElseEntirely() throws IOException {
    Path file = write("notes.txt", "hello\n");
    assertThatThrownBy(() -> KbImport.read(file))
        .hasMessageStartingWith(file + ":1: not a file Bulwark can import");
    assertThatThrownBy(() -> KbImport.read(folder.resolve("missing.xml")))
        .hasMessage(folder.resolve("missing.xml") + ": no such file");
  }

  @Test
  void aZipArchiveIsReadLikeItsFile() throws IOException {
    Path zip = folder.resolve("cwec.zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("1000.csv"));
      out.write(Files.readAllBytes(Samples.CWE_CSV));
      out.closeEntry();
    }
    assertThat(KbImport.detect(zip)).isEqualTo(KbFormat.CWE_CSV);
    assertThat(KbImport.read(zip).entries()).hasSize(30);
  }

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
