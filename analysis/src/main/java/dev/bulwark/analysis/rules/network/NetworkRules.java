package dev.bulwark.analysis.rules.network;

import dev.bulwark.analysis.Rule;
import java.util.List;

/**
 * Rules BW-NET-NNN, transport, segmentation, exposure to the internet, denial of service,
 * hardening. One line per rule.
 */
public final class NetworkRules {
  private NetworkRules() {}

  public static final List<Rule> ALL =
      List.of(
          new UnencryptedTransport(),
          new MissingSegmentation(),
          new ExposedBackend(),
          new DatastoreAcrossBoundary(),
          new DenialOfService(),
          new MissingHardening(),
          new CredentialsInClear(),
          new LegacyPlainProtocol());
}
