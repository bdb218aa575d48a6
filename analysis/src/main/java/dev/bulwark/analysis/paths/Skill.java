package dev.bulwark.analysis.paths;

/**
 * How skilled an attacker is. Skill scales the part of a step's difficulty that takes skill to
 * overcome (authentication and controls), not the base cost of a step or the trust it crosses.
 */
public enum Skill {
  NOVICE(150),
  INTERMEDIATE(100),
  EXPERT(50);

  private final int percent;

  Skill(int percent) {
    this.percent = percent;
  }

  /** The share of authentication and control costs this attacker pays, in percent. */
  public int percent() {
    return percent;
  }

  /** Scales an amount in tenths, rounding half up so that results stay whole tenths. */
  int scale(int tenths) {
    return (tenths * percent + 50) / 100;
  }
}
