package dev.bulwark.analysis.cel;

import dev.bulwark.analysis.SystemView;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the CEL rules of one resolution share while they run: the activations of the system being
 * analysed, built once for all of them, and the rules that failed on it. Holds the latest system
 * only, weakly, so that it never keeps a large model alive.
 */
final class Evaluations {
  private WeakReference<SystemView> system = new WeakReference<>(null);
  private Activations activations;
  private final Map<String, PackProblem> failures = new TreeMap<>();

  synchronized Activations activations(SystemView view) {
    if (system.get() != view || activations == null) {
      system = new WeakReference<>(view);
      activations = new Activations(view);
      failures.clear();
    }
    return activations;
  }

  /** Records that a rule failed on this system; a later run of the same rule replaces it. */
  synchronized void failed(SystemView view, String ruleId, PackProblem problem) {
    activations(view);
    failures.put(ruleId, problem);
  }

  synchronized void succeeded(SystemView view, String ruleId) {
    if (system.get() == view) {
      failures.remove(ruleId);
    }
  }

  synchronized List<PackProblem> failures(SystemView view) {
    return system.get() == view ? List.copyOf(failures.values()) : List.of();
  }
}
