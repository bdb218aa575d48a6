package dev.bulwark.analysis.rules.identity;

import dev.bulwark.analysis.Rule;
import java.util.List;

/**
 * Rules BW-AUTH-NNN, authentication, identity propagation, identity stores and vaults. One line per
 * rule.
 */
public final class IdentityRules {
  private IdentityRules() {}

  public static final List<Rule> ALL =
      List.of(
          new MissingAuthentication(),
          new NoSecondFactor(),
          new IdentityNotPropagated(),
          new MissingIdentityStore(),
          new MissingSecretVault(),
          new SecretVaultNotIsolated(),
          new IdentityProviderNotIsolated(),
          new MissingAuthorization(),
          new PasswordGuessing());
}
