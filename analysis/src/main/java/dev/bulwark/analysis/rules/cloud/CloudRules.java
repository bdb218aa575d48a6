package dev.bulwark.analysis.rules.cloud;

import dev.bulwark.analysis.Rule;
import java.util.List;

/** Rules BW-CLOUD-NNN, cloud storage, IAM and shared runtimes. One line per rule. */
public final class CloudRules {
  private CloudRules() {}

  public static final List<Rule> ALL =
      List.of(
          new OpenBucket(),
          new OverPrivilegedWorkload(),
          new MixedSharedRuntime(),
          new NoCloudAuditTrail());
}
