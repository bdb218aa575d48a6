package dev.bulwark.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether to colour output: only on a terminal, and never when NO_COLOR is set. */
final class Terminal {
  private Terminal() {}

  static boolean colour(ColourMode mode) {
    return switch (mode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO ->
          interactive()
              && System.getenv("NO_COLOR") == null
              && !"dumb".equals(System.getenv("TERM"));
    };
  }

  /**
   * Whether standard output is a terminal. From JDK 22 System.console() exists even when output is
   * redirected, and Console.isTerminal() tells; we compile for 21, so it is looked up.
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only on a terminal
    }
  }

  /** The --colour choices. */
  enum ColourMode {
    AUTO,
    ALWAYS,
    NEVER
  }
}
