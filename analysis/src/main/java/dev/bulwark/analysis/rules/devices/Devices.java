package dev.bulwark.analysis.rules.devices;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Classification;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Rating;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Package-private helpers of the device rules. */
final class Devices {
  private static final Set<String> UPDATE_TAGS = Set.of("firmware", "update", "updates", "ota");

  private Devices() {}

  /** A device actor, or a device or IoT gateway component. */
  static boolean isDevice(Node node) {
    return node.is(ActorKind.DEVICE) || node.is(ComponentKind.DEVICE, ComponentKind.IOT_GATEWAY);
  }

  /** Data that is firmware or a software update: named after firmware, or tagged as an update. */
  static boolean isUpdate(DataAsset asset) {
    return asset.id().toLowerCase(Locale.ROOT).contains("firmware")
        || asset.tags().stream().anyMatch(t -> UPDATE_TAGS.contains(t.toLowerCase(Locale.ROOT)));
  }

  /** Whether the flow carries firmware or updates. */
  static boolean carriesUpdates(Interaction link) {
    return link.data().stream().anyMatch(Devices::isUpdate);
  }

  /** The other end of a flow, seen from {@code node}. */
  static Node other(Interaction link, Node node) {
    return link.source().id().equals(node.id()) ? link.target() : link.source();
  }

  /** Flows between a device and a firmware-update service, or that carry updates. */
  static List<Interaction> updateChannels(SystemView system, Node device) {
    return Stream.concat(system.into(device.id()).stream(), system.from(device.id()).stream())
        .filter(
            link -> other(link, device).is(ComponentKind.FIRMWARE_UPDATE) || carriesUpdates(link))
        .toList();
  }

  /** Whether the device, the update flow or its other end declares signed updates. */
  static boolean signedUpdates(Interaction channel, Node device) {
    return device.has(Control.SIGNED_UPDATES)
        || channel.flow().controls().contains(Control.SIGNED_UPDATES)
        || other(channel, device).has(Control.SIGNED_UPDATES);
  }

  /** Whether a leak would hurt: personal, confidential or above, or rated high for secrecy. */
  static boolean confidential(DataAsset asset) {
    return asset.personal()
        || asset.classification().compareTo(Classification.CONFIDENTIAL) >= 0
        || asset.confidentiality().compareTo(Rating.HIGH) >= 0;
  }
}
