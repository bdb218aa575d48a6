package dev.bulwark.risk;

import static dev.bulwark.model.Control.AUDIT_LOGGING;
import static dev.bulwark.model.Control.DDOS_PROTECTION;
import static dev.bulwark.model.Control.INPUT_VALIDATION;
import static dev.bulwark.model.Control.MFA;
import static dev.bulwark.model.Control.MONITORING;
import static dev.bulwark.model.Control.RATE_LIMITING;
import static dev.bulwark.model.Control.WAF;
import static dev.bulwark.model.Goal.ACCOUNTABILITY;
import static dev.bulwark.model.Goal.AVAILABILITY;
import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.INTEGRITY;
import static dev.bulwark.model.Goal.PRIVACY;
import static dev.bulwark.model.Goal.SAFETY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Control;
import dev.bulwark.model.Criticality;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Model;
import dev.bulwark.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The context rules of docs/analysis.md, one step at a time, on context.yaml. Expected levels are
 * worked out by hand from the fixture's comments and the documented steps.
 */
class ContextScorerTest {
  private static final Model MODEL = Fixtures.load("context.yaml");

  private static Score score(
      Model model,
      List<String> elements,
      List<Goal> goals,
      List<String> data,
      List<Control> reducers) {
    return new ContextScorer(SystemView.of(model), RiskMatrix.DEFAULT)
        .score(elements, goals, data, reducers);
  }

  private static Score score(
      List<String> elements, List<Goal> goals, List<String> data, List<Control> reducers) {
    return score(MODEL, elements, goals, data, reducers);
  }

  private static Score likelihoodOf(String... elements) {
    return score(List.of(elements), List.of(CONFIDENTIALITY), List.of(), List.of());
  }

  @Test
  void internetExposureStartsAtLikely() {
    Score s = likelihoodOf("web");
    assertThat(s.likelihood()).isEqualTo(Likelihood.LIKELY);
    assertThat(s.likelihoodReasons())
        .containsExactly("likely: component web (web-app) is exposed to the internet");
    assertThat(s.method()).isEqualTo("context");
  }

  @Test
  void anActorInALowTrustZoneCountsAsInternet() {
    // The flow browse involves customer (zone trust 0) and web; customer comes first.
    Score s = score(List.of("browse"), List.of(CONFIDENTIALITY), List.of(), List.of());
    assertThat(s.likelihoodReasons().getFirst())
        .isEqualTo("likely: actor customer is exposed to the internet");
  }

  @Test
  void partnerExposureStartsAtPossible() {
    Score s = likelihoodOf("partner-api");
    assertThat(s.likelihood()).isEqualTo(Likelihood.POSSIBLE);
    assertThat(s.likelihoodReasons())
        .containsExactly("possible: component partner-api (service) is reachable by partners");
  }

  @Test
  void oneOrTwoFlowsFromTheInternetIsPossible() {
    assertThat(likelihoodOf("api").likelihood()).isEqualTo(Likelihood.POSSIBLE);
    assertThat(likelihoodOf("api").likelihoodReasons())
        .containsExactly("possible: 1 flow from an internet-exposed element");
    assertThat(likelihoodOf("db").likelihood()).isEqualTo(Likelihood.POSSIBLE);
    assertThat(likelihoodOf("db").likelihoodReasons())
        .containsExactly("possible: 2 flows from an internet-exposed element");
  }

  @Test
  void threeFlowsAwayOrUnreachableIsUnlikely() {
    assertThat(likelihoodOf("reports").likelihood()).isEqualTo(Likelihood.UNLIKELY);
    assertThat(likelihoodOf("reports").likelihoodReasons())
        .containsExactly("unlikely: reachable only from inside");
    assertThat(likelihoodOf("vault").likelihood()).isEqualTo(Likelihood.UNLIKELY);
  }

  @Test
  void unauthenticatedCrossingOverALargeTrustGapAddsOne() {
    Score s = likelihoodOf("admin-ui");
    assertThat(s.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
    assertThat(s.likelihoodReasons())
        .containsExactly(
            "likely: component admin-ui (web-app) is exposed to the internet",
            "+1: unauthenticated flow admin (customer → admin-ui, https) crosses from trust 0 to"
                + " 60");
  }

  @Test
  void unauthenticatedCrossingOverASmallTrustGapAddsNothing() {
    // browse: customer (0) -> web (30), a gap of 30.
    Score s = likelihoodOf("web");
    assertThat(s.likelihoodReasons()).noneMatch(r -> r.startsWith("+1"));
  }

  @Test
  void aLargeGapCountsEvenWhenASmallOneIsListedFirst() {
    // Into intake: forward (30 -> 60, unauthenticated) is listed before upload (0 -> 60,
    // unauthenticated). upload is an unauthenticated crossing with a gap of 60: +1.
    Score s = likelihoodOf("intake");
    assertThat(s.likelihood()).isEqualTo(Likelihood.LIKELY);
    assertThat(s.likelihoodReasons())
        .containsExactly(
            "possible: 1 flow from an internet-exposed element",
            "+1: unauthenticated flow upload (customer → intake, https) crosses from trust 0 to"
                + " 60");
  }

  @Test
  void strongAuthenticationOnEveryCrossingSubtractsOne() {
    // ledger is two flows from web; settle uses mtls and approve two-factor.
    Score s = likelihoodOf("ledger");
    assertThat(s.likelihood()).isEqualTo(Likelihood.UNLIKELY);
    assertThat(s.likelihoodReasons())
        .containsExactly(
            "possible: 2 flows from an internet-exposed element",
            "-1: every flow in from another zone uses mtls or two-factor authentication");
  }

  @Test
  void weakAuthenticationOnOneCrossingKeepsTheLevel() {
    // db is reached only by query, which uses a password.
    assertThat(likelihoodOf("db").likelihoodReasons()).noneMatch(r -> r.startsWith("-1"));
  }

  @Test
  void eachDeclaredReducingControlSubtractsOneAtMostTwice() {
    Score s =
        score(
            List.of("web"),
            List.of(CONFIDENTIALITY),
            List.of(),
            List.of(WAF, INPUT_VALIDATION, RATE_LIMITING));
    assertThat(s.likelihood()).isEqualTo(Likelihood.UNLIKELY);
    assertThat(s.reducedBy()).containsExactly("waf", "input-validation");
    assertThat(s.likelihoodReasons())
        .containsExactly(
            "likely: component web (web-app) is exposed to the internet",
            "-1: waf is in place on web",
            "-1: input-validation is in place on web");
  }

  @Test
  void aReducingControlThatIsNotDeclaredGivesNoCredit() {
    Score s = score(List.of("web"), List.of(CONFIDENTIALITY), List.of(), List.of(MFA, WAF));
    assertThat(s.likelihood()).isEqualTo(Likelihood.POSSIBLE);
    assertThat(s.reducedBy()).containsExactly("waf");
    assertThat(s.likelihoodReasons()).doesNotContain("-1: mfa is in place on web");
  }

  @Test
  void aControlOnAFlowIsNamedWithTheFlow() {
    Score s =
        score(List.of("browse"), List.of(CONFIDENTIALITY), List.of(), List.of(DDOS_PROTECTION));
    assertThat(s.likelihood()).isEqualTo(Likelihood.POSSIBLE);
    assertThat(s.likelihoodReasons()).contains("-1: ddos-protection is in place on flow browse");
  }

  @Test
  void likelihoodStopsAtUnlikely() {
    // possible, -1 for strong authentication, -1 -1 for two controls: would be -2.
    Score s =
        score(
            List.of("ledger"),
            List.of(CONFIDENTIALITY),
            List.of(),
            List.of(AUDIT_LOGGING, MONITORING));
    assertThat(s.likelihood()).isEqualTo(Likelihood.UNLIKELY);
    assertThat(s.likelihoodReasons()).hasSize(4);
  }

  @Test
  void impactIsTheHighestRatingOfTheHarmedGoals() {
    Score c = score(List.of("api"), List.of(CONFIDENTIALITY), List.of("orders"), List.of());
    assertThat(c.impact()).isEqualTo(Impact.HIGH);
    assertThat(c.impactReasons()).containsExactly("high: orders: confidentiality rated high");

    Score ia =
        score(
            List.of("api"),
            List.of(INTEGRITY, AVAILABILITY),
            List.of("orders", "telemetry"),
            List.of());
    assertThat(ia.impact()).isEqualTo(Impact.CRITICAL);
    assertThat(ia.impactReasons())
        .containsExactly("critical: telemetry: availability rated critical");

    // orders' integrity is medium; its confidentiality (high) is not harmed.
    Score i = score(List.of("api"), List.of(INTEGRITY), List.of("orders"), List.of());
    assertThat(i.impact()).isEqualTo(Impact.MEDIUM);
  }

  @Test
  void privacyHarmOfPersonalDataIsAtLeastHigh() {
    // profiles: personal, confidentiality medium.
    Score s = score(List.of("api"), List.of(PRIVACY), List.of("profiles"), List.of());
    assertThat(s.impact()).isEqualTo(Impact.HIGH);
    assertThat(s.impactReasons()).containsExactly("high: profiles: privacy rated high");
    // cards: personal, confidentiality critical.
    assertThat(score(List.of("api"), List.of(PRIVACY), List.of("cards"), List.of()).impact())
        .isEqualTo(Impact.CRITICAL);
    // orders is not personal data.
    assertThat(score(List.of("api"), List.of(PRIVACY), List.of("orders"), List.of()).impact())
        .isEqualTo(Impact.LOW);
  }

  @Test
  void accountabilityIsMediumAndSafetyHigh() {
    assertThat(
            score(List.of("api"), List.of(ACCOUNTABILITY), List.of("orders"), List.of()).impact())
        .isEqualTo(Impact.MEDIUM);
    assertThat(score(List.of("api"), List.of(SAFETY), List.of("orders"), List.of()).impact())
        .isEqualTo(Impact.HIGH);
  }

  @Test
  void keyHoldersWithoutDataAreHigh() {
    Score s = likelihoodOf("vault");
    assertThat(s.impact()).isEqualTo(Impact.HIGH);
    assertThat(s.impactReasons())
        .containsExactly("high: component vault (secret-store) holds the keys to other components");
    // With data at stake, the data decides: telemetry's confidentiality is low.
    assertThat(
            score(List.of("vault"), List.of(CONFIDENTIALITY), List.of("telemetry"), List.of())
                .impact())
        .isEqualTo(Impact.LOW);
  }

  @Test
  void withoutDataOrKeysMediumIsAssumed() {
    Score s = likelihoodOf("reports");
    assertThat(s.impact()).isEqualTo(Impact.MEDIUM);
    assertThat(s.impactReasons())
        .containsExactly("medium: no data at stake is modelled here, so medium is assumed");
  }

  @Test
  void criticalBusinessRaisesImpactAndLowBusinessLowersIt() {
    Model critical = Fixtures.withCriticality(MODEL, Criticality.CRITICAL);
    Score up =
        score(critical, List.of("api"), List.of(CONFIDENTIALITY), List.of("orders"), List.of());
    assertThat(up.impact()).isEqualTo(Impact.CRITICAL);
    assertThat(up.impactReasons())
        .containsExactly(
            "high: orders: confidentiality rated high", "+1: business criticality is critical");

    Model low = Fixtures.withCriticality(MODEL, Criticality.LOW);
    Score down = score(low, List.of("api"), List.of(CONFIDENTIALITY), List.of("orders"), List.of());
    assertThat(down.impact()).isEqualTo(Impact.MEDIUM);
    assertThat(down.impactReasons())
        .containsExactly(
            "high: orders: confidentiality rated high", "-1: business criticality is low");

    Model high = Fixtures.withCriticality(MODEL, Criticality.HIGH);
    assertThat(
            score(high, List.of("api"), List.of(CONFIDENTIALITY), List.of("orders"), List.of())
                .impactReasons())
        .hasSize(1);
  }

  @Test
  void impactStopsAtBothEnds() {
    Model critical = Fixtures.withCriticality(MODEL, Criticality.CRITICAL);
    Score top =
        score(critical, List.of("api"), List.of(CONFIDENTIALITY), List.of("cards"), List.of());
    assertThat(top.impact()).isEqualTo(Impact.CRITICAL);
    assertThat(top.impactReasons()).hasSize(2);

    Model low = Fixtures.withCriticality(MODEL, Criticality.LOW);
    Score bottom =
        score(low, List.of("api"), List.of(CONFIDENTIALITY), List.of("telemetry"), List.of());
    assertThat(bottom.impact()).isEqualTo(Impact.LOW);
    assertThat(bottom.impactReasons()).hasSize(2);
  }

  @Test
  void severityComesFromTheMatrix() {
    // very likely x high -> critical; possible x high -> elevated; unlikely x medium -> low.
    assertThat(
            score(List.of("admin-ui"), List.of(CONFIDENTIALITY), List.of("orders"), List.of())
                .severity())
        .isEqualTo(Severity.CRITICAL);
    assertThat(
            score(List.of("api"), List.of(CONFIDENTIALITY), List.of("orders"), List.of())
                .severity())
        .isEqualTo(Severity.ELEVATED);
    assertThat(likelihoodOf("reports").severity()).isEqualTo(Severity.LOW);
  }
}
