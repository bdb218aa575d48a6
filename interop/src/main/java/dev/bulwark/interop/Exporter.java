package dev.bulwark.interop;

import dev.bulwark.model.Model;
import java.util.List;

/**
 * Writes a Bulwark model in a peer tool's format. Exporters never fail on a valid model: what the
 * format cannot hold is listed in the result's notes.
 */
public interface Exporter {
  /** The format's name for {@code --to}, e.g. {@code otm}. */
  String name();

  /** The format in prose, e.g. {@code Open Threat Model 0.2.0 (JSON)}. */
  String title();

  /**
   * The model in this format.
   *
   * @param model a valid model
   * @param threats the assessed threats, derived and hand-written (empty when there is no
   *     assessment); hand-written ones only lend their scores to the model's own threats
   */
  Exported write(Model model, List<DerivedThreat> threats);
}
