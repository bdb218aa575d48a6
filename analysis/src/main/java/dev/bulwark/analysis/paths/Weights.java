package dev.bulwark.analysis.paths;

import dev.bulwark.model.Authentication;
import dev.bulwark.model.Control;
import dev.bulwark.model.Severity;
import java.util.EnumMap;
import java.util.Map;

/**
 * The numbers of the difficulty formula, in tenths of a point; docs/attack-paths.md explains each.
 */
final class Weights {
  /** What any step costs: the work of taking the next node over. */
  static final int STEP = 10;

  /** Extra for a step against a flow's direction, through what the target sends back. */
  static final int AGAINST_FLOW = 10;

  /** A step never costs less than this, whatever threats are open on it. */
  static final int FLOOR = 5;

  /** Controls on one step count up to this much, before skill scaling. */
  static final int CONTROLS_CAP = 30;

  /** Trust points entered per tenth: a gap of 20 trust points costs 1.0. */
  static final int TRUST_PER_TENTH = 2;

  private static final Map<Authentication, Integer> AUTHENTICATION =
      new EnumMap<>(
          Map.of(
              Authentication.NONE, 0,
              Authentication.API_KEY, 10,
              Authentication.PASSWORD, 10,
              Authentication.SESSION, 15,
              Authentication.TOKEN, 15,
              Authentication.MTLS, 30,
              Authentication.TWO_FACTOR, 30));

  /**
   * Controls that make it harder to take the receiving node over. Controls that protect users'
   * browsers (output encoding, CSP, CSRF), availability (DDoS, backup), or only detect or report
   * afterwards (logging, monitoring, scanning in development) do not raise a step's cost here;
   * their effect shows as fewer open threats.
   */
  private static final Map<Control, Integer> CONTROLS = controls();

  private static final Map<Severity, Integer> OPEN_THREAT =
      new EnumMap<>(
          Map.of(
              Severity.LOW, 0,
              Severity.MEDIUM, 0,
              Severity.ELEVATED, 5,
              Severity.HIGH, 10,
              Severity.CRITICAL, 15));

  private Weights() {}

  static int authentication(Authentication authentication) {
    return AUTHENTICATION.get(authentication);
  }

  static int control(Control control) {
    return CONTROLS.getOrDefault(control, 0);
  }

  /** How much an open threat of this severity lowers a step's cost. */
  static int openThreat(Severity severity) {
    return OPEN_THREAT.get(severity);
  }

  /** The cost of entering ground trusted {@code gap} points more. */
  static int trust(int gap) {
    return gap > 0 ? gap / TRUST_PER_TENTH : 0;
  }

  private static Map<Control, Integer> controls() {
    Map<Control, Integer> weights = new EnumMap<>(Control.class);
    for (Control c :
        new Control[] {
          Control.WAF,
          Control.IP_ALLOWLIST,
          Control.VPN,
          Control.NETWORK_POLICY,
          Control.MFA,
          Control.SIGNED_ARTIFACTS,
          Control.SIGNED_UPDATES,
          Control.ADMISSION_CONTROL,
          Control.HUMAN_APPROVAL
        }) {
      weights.put(c, 10);
    }
    for (Control c :
        new Control[] {
          Control.INPUT_VALIDATION,
          Control.PARAMETERIZED_QUERIES,
          Control.RATE_LIMITING,
          Control.LEAST_PRIVILEGE,
          Control.HARDENING,
          Control.PATCHING,
          Control.SANDBOXING,
          Control.SECURE_BOOT,
          Control.CODE_REVIEW,
          Control.PROMPT_FILTERING,
          Control.INTRUSION_DETECTION
        }) {
      weights.put(c, 5);
    }
    return weights;
  }
}
