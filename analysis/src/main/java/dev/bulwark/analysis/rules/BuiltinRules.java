package dev.bulwark.analysis.rules;

import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleSet;
import dev.bulwark.analysis.rules.cloud.CloudRules;
import dev.bulwark.analysis.rules.data.DataRules;
import dev.bulwark.analysis.rules.devices.DevicesRules;
import dev.bulwark.analysis.rules.hygiene.HygieneRules;
import dev.bulwark.analysis.rules.identity.IdentityRules;
import dev.bulwark.analysis.rules.kubernetes.KubernetesRules;
import dev.bulwark.analysis.rules.llm.LlmRules;
import dev.bulwark.analysis.rules.messaging.MessagingRules;
import dev.bulwark.analysis.rules.network.NetworkRules;
import dev.bulwark.analysis.rules.privacy.PrivacyRules;
import dev.bulwark.analysis.rules.stride.StrideRules;
import dev.bulwark.analysis.rules.supplychain.SupplyChainRules;
import dev.bulwark.analysis.rules.web.WebRules;
import java.util.List;
import java.util.stream.Stream;

/**
 * The built-in catalogue: every rule, registered by one explicit line in its area's list (no
 * classpath scanning), so that the catalogue is what this code says and nothing else.
 */
public final class BuiltinRules {
  private static final List<Rule> ALL =
      Stream.of(
              WebRules.ALL,
              IdentityRules.ALL,
              NetworkRules.ALL,
              DataRules.ALL,
              SupplyChainRules.ALL,
              CloudRules.ALL,
              KubernetesRules.ALL,
              LlmRules.ALL,
              MessagingRules.ALL,
              DevicesRules.ALL,
              PrivacyRules.ALL,
              StrideRules.ALL,
              HygieneRules.ALL)
          .flatMap(List::stream)
          .toList();

  private BuiltinRules() {}

  public static List<Rule> all() {
    return ALL;
  }

  public static RuleSet ruleSet() {
    return RuleSet.of(ALL);
  }
}
