package dev.bulwark.interop.otm;

import dev.bulwark.interop.*;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.write.ModelWriter;
import dev.bulwark.model.validate.ModelValidator;
import java.nio.file.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    String dir = System.getenv().getOrDefault("SCRATCH_DIR", "src/test/resources/samples/otm");
    try (var files = Files.list(Path.of(dir))) {
      for (Path p : files.sorted().toList()) {
        if (p.toString().endsWith(".md")) continue;
        Source s = new Source(p.toString(), Files.readAllBytes(p));
        System.out.println("=== " + p + " recognised " + Importers.recognise(s).map(Importer::name));
        Imported im = Importers.read(s, java.util.Optional.empty(), ParseLimits.DEFAULTS);
        im.problems().forEach(System.out::println);
        im.model().ifPresent(m -> {
          ModelValidator.validate(m, java.util.Set.of()).forEach(x -> System.out.println("V " + x));
          if (System.getenv("SCRATCH_YAML") != null) System.out.println(ModelWriter.yaml(m));
        });
      }
    }
  }
}
