package dev.bulwark.knowledge.mitre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreTest {
  @TempDir Path folder;

  @Test
  void storesOneFilePerSourceAndReadsItBackUnchanged() throws IOException {
    KnowledgeStore store = new KnowledgeStore(folder.resolve("kb"));
    KbImport capec = KbImport.read(Samples.CAPEC_XML);
    KbImport attack = KbImport.read(Samples.ATTACK);
    assertThat(store.save(capec)).isEqualTo(folder.resolve("kb/capec.json"));
    store.save(attack);

    assertThat(store.imports()).containsExactly(capec, attack);
    try (Stream<Path> files = Files.list(folder.resolve("kb"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("capec.json", "enterprise-attack.json");
    }
    assertThat(store.load().find("T1100").orElseThrow().entry().id()).isEqualTo("T1505.003");
  }

  @Test
  void writesTheSameBytesForTheSameImport() throws IOException {
    KnowledgeStore store = new KnowledgeStore(folder);
    Path file = store.save(KbImport.read(Samples.CAPEC_STIX));
    String first = Files.readString(file);
    store.save(KbImport.read(Samples.CAPEC_STIX));
    assertThat(Files.readString(file)).isEqualTo(first);
    assertThat(first)
        .startsWith("{\n  \"entries\" : [ {")
        .contains("\"id\" : \"CAPEC-1\"")
        .contains("\"format\" : \"bulwark-kb-1\"");
    assertThat(first.indexOf("\"id\" : \"CAPEC-7\""))
        .isLessThan(first.indexOf("\"id\" : \"CAPEC-16\""));
  }

  @Test
  void aNewImportOfASourceReplacesTheOld() {
    KnowledgeStore store = new KnowledgeStore(folder);
    store.save(KbImport.read(Samples.CWE_CSV));
    KbImport smaller =
        new KbImport(
            new KbSource("cwe-csv", KbFormat.CWE_CSV, "", "one.csv"),
            List.of(CweImporterTest.entry(KbImport.read(Samples.CWE_CSV), "CWE-89")),
            List.of(),
            0);
    store.save(smaller);
    assertThat(store.load().entries()).extracting(KbEntry::id).containsExactly("CWE-89");
  }

  @Test
  void anEmptyOrMissingDirectoryIsAnEmptyKnowledgeBase() {
    assertThat(new KnowledgeStore(folder.resolve("none")).load().isEmpty()).isTrue();
  }

  @Test
  void aDamagedFileIsReportedWithItsPlace() throws IOException {
    Files.writeString(
        folder.resolve("capec.json"), "{\n  \"format\": \"bulwark-kb-1\",\n  oops\n}");
    assertThatThrownBy(() -> new KnowledgeStore(folder).load())
        .isInstanceOf(KbException.class)
        .hasMessageStartingWith(folder.resolve("capec.json") + ":3:");
  }

  @Test
  void theDefaultDirectoryIsUnderBulwarkHomeOrTheUsersHome() {
    Path home = Path.of("/home/ada");
    assertThat(KnowledgeStore.defaultDirectory(Map.of(), home))
        .isEqualTo(Path.of("/home/ada/.bulwark/kb"));
    assertThat(KnowledgeStore.defaultDirectory(Map.of("BULWARK_HOME", "/opt/bw"), home))
        .isEqualTo(Path.of("/opt/bw/kb"));
  }
}
