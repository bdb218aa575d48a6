package dev.bulwark.lifecycle.gate;

/**
 * One rule of a gate policy: a pure function from what the gate knows about a model to a verdict
 * with its findings. Implementations are immutable and hold only their settings from the policy.
 */
public interface Check {
  /** The stable id, as written in the policy file: {@code open-threats}. */
  String id();

  /** What passing means, with the settings in it: "No open threat is high or worse." */
  String description();

  /** The verdict on one model; never throws for any valid input. */
  CheckResult run(GateInput input);
}
