package dev.bulwark.risk.fair;

import dev.bulwark.model.Wire;
import dev.bulwark.model.write.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulation as a JSON document: the inputs as given (with each PERT's shape and Beta
 * parameters), the settings, the statistics and the loss exceedance curve. Keys come in a fixed
 * order and the thread count is left out, so the same inputs and seed give the same bytes.
 */
public final class FairJson {
  /** The version of the document's shape. */
  public static final int VERSION = 1;

  private FairJson() {}

  /** The document, with a final newline. */
  public static String write(Simulation simulation) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("bulwark-fair", VERSION);
    doc.put("mode", Wire.name(simulation.settings().mode()));
    doc.put("seed", simulation.settings().seed());
    doc.put("iterations", simulation.settings().iterations());
    doc.put("inputs", inputs(simulation.scenario()));
    doc.put("statistics", statistics(simulation.summary()));
    doc.put("percentile-method", "linear");
    doc.put("exceedance", exceedance(simulation.summary()));
    return Json.write(doc);
  }

  /** One distribution with its parameters, as the document gives it. */
  public static Map<String, Object> distribution(Distribution d) {
    Map<String, Object> out = new LinkedHashMap<>();
    switch (d) {
      case Pert p -> {
        out.put("distribution", "pert");
        out.put("shape", Wire.name(p.shape()));
        out.put("min", p.min());
        out.put("mode", p.mode());
        out.put("max", p.max());
        out.put("alpha", p.alpha());
        out.put("beta", p.beta());
      }
      case LogNormal l -> {
        out.put("distribution", "lognormal");
        out.put("p5", l.p5());
        out.put("p95", l.p95());
        out.put("mu", l.mu());
        out.put("sigma", l.sigma());
      }
      case Poisson p -> out.put("distribution", "poisson");
      case Constant c -> {
        out.put("distribution", "constant");
        out.put("value", c.value());
      }
    }
    out.put("mean", d.mean());
    return out;
  }

  private static Map<String, Object> inputs(Scenario scenario) {
    Map<String, Object> out = new LinkedHashMap<>();
    scenario.inputs().forEach((factor, d) -> out.put(factor.key(), distribution(d)));
    return out;
  }

  /** The statistics of a summary: mean, std-dev, min, p5 … p99, max, probability-of-loss. */
  public static Map<String, Object> statistics(Summary s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mean", s.mean());
    out.put("std-dev", s.standardDeviation());
    out.put("min", s.min());
    for (Summary.Percentile p : s.percentiles()) {
      out.put("p" + p.level(), p.value());
    }
    out.put("max", s.max());
    out.put("probability-of-loss", s.probabilityOfLoss());
    return out;
  }

  /** The loss exceedance curve of a summary: points {@code {loss, probability}}. */
  public static List<Map<String, Object>> exceedance(Summary s) {
    return s.exceedance().stream()
        .map(e -> {
          Map<String, Object> point = new LinkedHashMap<>();
          point.put("loss", e.loss());
          point.put("probability", e.probability());
          return point;
        })
        .toList();
  }
}
