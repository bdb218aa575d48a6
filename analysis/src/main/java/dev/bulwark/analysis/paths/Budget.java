package dev.bulwark.analysis.paths;

/**
 * How much search one query may do, counted in nodes settled by Dijkstra: a bound on work that does
 * not depend on the machine, so a cut-off result is the same on every run.
 */
final class Budget {
  private final long limit;
  private long spent;

  Budget(long limit) {
    this.limit = limit;
  }

  /** Takes one unit; false once the budget is used up. */
  boolean take() {
    if (spent >= limit) {
      return false;
    }
    spent++;
    return true;
  }

  boolean exhausted() {
    return spent >= limit;
  }

  long spent() {
    return spent;
  }
}
