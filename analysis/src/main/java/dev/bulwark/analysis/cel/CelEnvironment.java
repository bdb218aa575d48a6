package dev.bulwark.analysis.cel;

import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles user expressions: the CEL standard library and macros, the typed variables of each
 * {@link Target}, and limits that keep a hostile pack from costing unbounded time or memory. CEL
 * has no loops, no I/O and no access to Java objects beyond the maps we hand it.
 */
final class CelEnvironment {
  /** Longest expression accepted, in code points. */
  static final int MAX_EXPRESSION = 4_000;

  /** Most iterations of one comprehension ({@code all}, {@code exists}, {@code map} …). */
  static final int MAX_ITERATIONS = 10_000;

  static final CelOptions OPTIONS =
      CelOptions.current()
          .maxExpressionCodePointSize(MAX_EXPRESSION)
          .maxParseRecursionDepth(64)
          .maxParseExpressionNodeCount(2_000)
          .comprehensionMaxIterations(MAX_ITERATIONS)
          .maxRegexProgramSize(500)
          .enableHeterogeneousNumericComparisons(true)
          .build();

  /**
   * The planner runtime: about ten times faster than the standard one at selecting fields of the
   * struct-typed variables (measured on 30,000 interactions), and it requires heterogeneous numeric
   * comparisons ({@code 1 == 1.0}).
   */
  private static final CelRuntime RUNTIME =
      CelRuntimeFactory.plannerRuntimeBuilder().setOptions(OPTIONS).build();

  /** Built on first use: each costs tens of milliseconds at start-up, and most packs need two. */
  private static final Map<Target, CelCompiler> CONDITIONS = new EnumMap<>(Target.class);

  private static final Map<Target, CelCompiler> TEMPLATES = new EnumMap<>(Target.class);

  private CelEnvironment() {}

  /** Compiles a rule's condition, which must be of type bool. */
  static Compiled condition(Target target, String expression) {
    return compile(compiler(CONDITIONS, target, SimpleType.BOOL), expression);
  }

  /** Compiles an expression in a message's braces, of any type. */
  static Compiled template(Target target, String expression) {
    return compile(compiler(TEMPLATES, target, SimpleType.DYN), expression);
  }

  private static Compiled compile(CelCompiler compiler, String expression) {
    try {
      CelValidationResult parsed = compiler.parse(expression);
      if (parsed.hasError()) {
        return failed("cel-syntax-error", parsed);
      }
      CelValidationResult checked = compiler.check(parsed.getAst());
      if (checked.hasError()) {
        return failed("cel-type-error", checked);
      }
      return new Compiled(Optional.of(RUNTIME.createProgram(checked.getAst())), List.of());
    } catch (CelEvaluationException | dev.cel.common.CelValidationException | RuntimeException e) {
      // The parser refuses some inputs (too long, too deep) by throwing rather than reporting.
      return new Compiled(
          Optional.empty(),
          List.of(new Issue("cel-syntax-error", 0, String.valueOf(e.getMessage()))));
    }
  }

  private static Compiled failed(String code, CelValidationResult result) {
    List<Issue> issues =
        result.getErrors().stream()
            .map(issue -> new Issue(code, offset(result, issue), issue.getMessage()))
            .toList();
    return new Compiled(Optional.empty(), issues);
  }

  /** The code-point offset in the expression that an issue points at. */
  private static int offset(CelValidationResult result, CelIssue issue) {
    var location = issue.getSourceLocation();
    if (location.getLine() < 1) {
      return 0;
    }
    return result.getSource().getLocationOffset(location).orElse(0);
  }

  private static CelCompiler compiler(
      Map<Target, CelCompiler> compilers, Target target, CelType result) {
    synchronized (compilers) {
      return compilers.computeIfAbsent(
          target,
          t -> {
            var builder =
                CelCompilerFactory.standardCelCompilerBuilder()
                    .setOptions(OPTIONS)
                    .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                    .setTypeProvider(CelTypes.PROVIDER)
                    .setResultType(result);
            t.variables().forEach(builder::addVar);
            return builder.build();
          });
    }
  }

  /** A program, or the issues that stopped compiling it. */
  record Compiled(Optional<CelRuntime.Program> program, List<Issue> issues) {}

  /**
   * One compile error.
   *
   * @param offset in code points from the start of the expression
   */
  record Issue(String code, int offset, String message) {}
}
