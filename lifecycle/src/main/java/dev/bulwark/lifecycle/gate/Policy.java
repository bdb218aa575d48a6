package dev.bulwark.lifecycle.gate;

import dev.bulwark.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What fails the build: the checks a policy file turns on, with their settings. A check that is not
 * in the file does not run, except {@code model-errors}, which always does. Read one with {@link
 * PolicyReader}; {@link #defaults()} is the documented policy used when none is given
 * (docs/gate.md).
 *
 * @param source where the policy came from, for messages: its file, or {@link #DEFAULT_SOURCE}
 * @param modelWarnings {@code model-errors: {warnings: true}}: validation warnings fail the gate
 * @param openThreats {@code open-threats: {severity}}, when on
 * @param newThreats {@code new-threats: {severity}}, when on
 * @param owners {@code missing-owners: {of}}; empty when the check is off
 * @param maxRisk {@code risk-budget: {max}}
 * @param maxAnnualLoss {@code risk-budget: {max-annual-loss}}
 */
public record Policy(
    String source,
    boolean modelWarnings,
    Optional<Severity> openThreats,
    Optional<Severity> newThreats,
    boolean expiredAcceptances,
    boolean staleTriage,
    Set<OwnerField> owners,
    OptionalInt maxRisk,
    OptionalDouble maxAnnualLoss,
    boolean staleSources) {

  /** How the default policy names itself in messages and reports. */
  public static final String DEFAULT_SOURCE = "the default policy";

  /** The default policy's file, in this package's resources; docs/gate.md shows it verbatim. */
  public static final String DEFAULT_RESOURCE = "default-policy.yaml";

  private static final Policy DEFAULT = loadDefault();

  public Policy {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(openThreats, "openThreats");
    Objects.requireNonNull(newThreats, "newThreats");
    owners = owners.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(owners));
    Objects.requireNonNull(maxRisk, "maxRisk");
    Objects.requireNonNull(maxAnnualLoss, "maxAnnualLoss");
  }

  /** The policy used when none is given. */
  public static Policy defaults() {
    return DEFAULT;
  }

  /** The checks this policy runs, in a fixed order; {@code model-errors} first and always. */
  public List<Check> checks(GateExtensions extensions) {
    List<Check> checks = new ArrayList<>();
    checks.add(new ModelErrors(modelWarnings));
    openThreats.ifPresent(s -> checks.add(new OpenThreats(s)));
    newThreats.ifPresent(s -> checks.add(new NewThreats(s)));
    if (expiredAcceptances) {
      checks.add(new ExpiredAcceptances());
    }
    if (staleTriage) {
      checks.add(new StaleTriage());
    }
    if (!owners.isEmpty()) {
      checks.add(new MissingOwners(owners));
    }
    if (maxRisk.isPresent() || maxAnnualLoss.isPresent()) {
      checks.add(new RiskBudget(maxRisk, maxAnnualLoss, extensions.loss()));
    }
    if (staleSources) {
      checks.add(new StaleSources(extensions.staleness()));
    }
    return List.copyOf(checks);
  }

  /** The default policy's text, as shipped. */
  public static String defaultText() {
    try (InputStream in = Policy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the default policy is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Policy loadDefault() {
    String text = defaultText();
    PolicyReader.Read read =
        PolicyReader.read(DEFAULT_RESOURCE, text.getBytes(StandardCharsets.UTF_8));
    return read.policy()
        .map(p -> p.withSource(DEFAULT_SOURCE))
        .orElseThrow(() -> new IllegalStateException("the default policy is invalid: " + read));
  }

  /** This policy, named differently in messages. */
  public Policy withSource(String newSource) {
    return new Policy(
        newSource,
        modelWarnings,
        openThreats,
        newThreats,
        expiredAcceptances,
        staleTriage,
        owners,
        maxRisk,
        maxAnnualLoss,
        staleSources);
  }
}
