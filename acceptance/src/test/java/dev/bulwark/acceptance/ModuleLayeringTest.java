package dev.bulwark.acceptance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Pins the direction of dependencies between modules (docs/adr/001-module-layout.md): each module
 * may use only the modules above it in DESIGN.md's table. Modules not built yet are declared
 * already, so that the rule holds the day they arrive.
 */
@AnalyzeClasses(packages = "dev.bulwark", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleLayeringTest {

  @ArchTest
  static final ArchRule modulesDependDownwardsOnly =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("model")
          .definedBy("dev.bulwark.model..")
          .layer("knowledge")
          .definedBy("dev.bulwark.knowledge..")
          .layer("analysis")
          .definedBy("dev.bulwark.analysis..")
          .layer("risk")
          .definedBy("dev.bulwark.risk..")
          .layer("interop")
          .definedBy("dev.bulwark.interop..")
          .layer("lifecycle")
          .definedBy("dev.bulwark.lifecycle..")
          .layer("report")
          .definedBy("dev.bulwark.report..")
          .layer("cli")
          .definedBy("dev.bulwark.cli..")
          .layer("server")
          .definedBy("dev.bulwark.server..")
          .whereLayer("server")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("report")
          .mayOnlyBeAccessedByLayers("cli", "server")
          .whereLayer("interop")
          .mayOnlyBeAccessedByLayers("report", "cli", "server")
          .whereLayer("lifecycle")
          .mayOnlyBeAccessedByLayers("report", "cli", "server")
          .whereLayer("risk")
          .mayOnlyBeAccessedByLayers("lifecycle", "report", "cli", "server")
          .whereLayer("analysis")
          .mayOnlyBeAccessedByLayers("risk", "interop", "lifecycle", "report", "cli", "server")
          .whereLayer("knowledge")
          .mayOnlyBeAccessedByLayers(
              "analysis", "risk", "interop", "lifecycle", "report", "cli", "server");

  /** A package named internal is private to its module. */
  @ArchTest
  static final ArchRule internalPackagesStayInTheirModule =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.bulwark.model..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.bulwark.model..internal..")
          .allowEmptyShould(true);

  /** The model is plain data and parsing: no command line, no server, no output formats. */
  @ArchTest
  static final ArchRule modelNeedsNoFrameworks =
      noClasses()
          .that()
          .resideInAPackage("dev.bulwark.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("picocli..", "io.javalin..", "tools.jackson..", "gg.jte..");
}
