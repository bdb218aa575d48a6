package dev.bulwark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A part of the modelled system: a process, a data store, a pipeline, a device. */
@Doc("A part of the system: a process, a data store, a pipeline, a device.")
public record Component(
    @Doc("Unique id of the component.") String id,
    @Doc("What the component is; rules choose the threats that fit it.") ComponentKind kind,
    @Doc("Free text.") Optional<String> description,
    @Doc("The product or stack, e.g. nginx, postgresql, spring-boot.") Optional<String> technology,
    @Doc("The trust zone the component runs in.") @Ref(ElementKind.ZONE) Optional<String> zone,
    @Doc("Who can reach the component over the network.") @Default("internal") Exposure exposure,
    @Doc("Whether the team writes code for it (rather than running a product as is).")
        @Default("false")
        boolean customCode,
    @Doc("The input formats the component parses.") List<DataFormat> accepts,
    @Doc("Data assets the component handles in memory.") @Ref(ElementKind.DATA)
        List<String> processes,
    @Doc("Data assets the component keeps.") @Ref(ElementKind.DATA) List<String> stores,
    @Doc("How stored data is encrypted.") @Default("none") EncryptionAtRest encryptionAtRest,
    @Doc("Security controls already in place.") List<Control> controls,
    @Doc("The team or person answerable for it.") Optional<String> owner,
    @Doc("Free-form labels.") List<String> tags,
    @Doc(
            "The software it is built from, e.g. imported from its SBOM with 'bulwark convert --into'.")
        List<InventoryItem> inventory,
    Positions positions)
    implements Element {

  public Component {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(technology, "technology");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(exposure, "exposure");
    accepts = List.copyOf(accepts);
    processes = List.copyOf(processes);
    stores = List.copyOf(stores);
    Objects.requireNonNull(encryptionAtRest, "encryptionAtRest");
    controls = List.copyOf(controls);
    Objects.requireNonNull(owner, "owner");
    tags = List.copyOf(tags);
    inventory = List.copyOf(inventory);
    Objects.requireNonNull(positions, "positions");
  }
}
