package dev.bulwark.interop.tmbom;

import static dev.bulwark.interop.Samples.element;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.Samples;
import dev.bulwark.model.Actor;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Classification;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.Model;
import dev.bulwark.model.Protocol;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TM-BOM demo Threat Dragon ships (Husky AI), with counts and mappings checked against the file
 * by hand (jq over its lists).
 */
class TmBomImporterTest {
  private final Model model = Samples.model(Samples.THREAT_DRAGON.resolve("huskyai.tmbom.json"));

  @Test
  void countsOfEveryList() {
    // 2 trust zones and the implicit 'public' one; 6 components and 7 data stores
    assertThat(model.zones()).hasSize(3);
    assertThat(model.actors()).hasSize(4);
    assertThat(model.components()).hasSize(13);
    assertThat(model.data()).hasSize(7);
    assertThat(model.flows()).hasSize(23);
    assertThat(model.threats()).hasSize(9);
    assertThat(model.mitigations()).hasSize(22);
    assertThat(model.triage()).isEmpty();
    assertThat(model.title()).isEqualTo("Husky AI");
    assertThat(model.business().orElseThrow().criticality()).isEqualTo(Criticality.LOW);
  }

  @Test
  void elementsAndWhereTheyAre() {
    Actor admin = element(model, "infrastructure-admin", Actor.class);
    assertThat(admin.kind()).isEqualTo(ActorKind.ADMIN);
    assertThat(admin.zone()).contains("public");
    assertThat(element(model, "api-gateway", Component.class).kind())
        .isEqualTo(ComponentKind.API_GATEWAY);
    assertThat(element(model, "jupyter", Component.class).zone()).contains("experimental-zone");
    // Azure Key Vault holding the API keys, encrypted where they are placed
    Component keys = element(model, "api-key-storage", Component.class);
    assertThat(keys.kind()).isEqualTo(ComponentKind.SECRET_STORE);
    assertThat(keys.technology()).contains("Azure Key Vault");
    assertThat(keys.stores()).containsExactly("api-keys");
    assertThat(keys.encryptionAtRest()).isEqualTo(EncryptionAtRest.PLATFORM);
    assertThat(element(model, "api-keys", DataAsset.class).classification())
        .isEqualTo(Classification.RESTRICTED);
    // the flow names its source an actor, but 'third-party-tools' is a data store
    Flow imports = element(model, "third-party-tools-gather-images", Flow.class);
    assertThat(List.of(imports.from(), imports.to()))
        .containsExactly("third-party-tools", "gather-images");
    assertThat(element(model, "engineer-gather-images", Flow.class).protocol())
        .isEqualTo(Protocol.SSH);
    assertThat(element(model, "user-api-gateway", Flow.class).protocol()).isEqualTo(Protocol.HTTPS);
  }

  @Test
  void threatsControlsAndRisks() {
    Threat overflow = element(model, "buffer-overflow-image-processing", Threat.class);
    assertThat(overflow.source()).contains("Ratimir");
    assertThat(overflow.cwe()).containsExactly("CWE-120");
    assertThat(overflow.tags()).contains("adversary", "CAPEC-100");
    // risk 'web-attacks' (level high) names it
    assertThat(overflow.severity()).contains(Severity.HIGH);
    assertThat(element(model, "image-tampering", Threat.class).severity())
        .contains(Severity.MEDIUM);
    Mitigation blobs = element(model, "access-control-for-azure-blobs", Mitigation.class);
    assertThat(blobs.status()).isEqualTo(MitigationStatus.IMPLEMENTED);
    assertThat(blobs.mitigates()).containsExactly("image-tampering", "model-tampering");
    assertThat(element(model, "sandboxing-for-image-processing", Mitigation.class).status())
        .isEqualTo(MitigationStatus.PROPOSED);
  }
}
