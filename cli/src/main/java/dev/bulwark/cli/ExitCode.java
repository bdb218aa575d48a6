package dev.bulwark.cli;

/** The exit codes of every bulwark command; documented in docs/cli.md. */
public final class ExitCode {
  /** Success: the model is valid (warnings allowed unless --strict). */
  public static final int OK = 0;

  /** {@code bulwark gate}: a check of the policy failed. */
  public static final int POLICY_VIOLATED = 1;

  /** A model file is invalid: it could not be read or has errors. */
  public static final int INVALID_MODEL = 2;

  /** The command line is wrong: unknown option, missing argument, bad value. */
  public static final int USAGE = 3;

  /** Bulwark could not write its output, or failed unexpectedly. */
  public static final int FAILURE = 4;

  private ExitCode() {}
}
