package dev.bulwark.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.Severity;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeverityColoursTest {
  @Test
  void textOnEachFillMeetsWcagAa() {
    for (Severity s : Severity.values()) {
      assertThat(contrast(SeverityColours.fill(s), SeverityColours.text(s)))
          .as(s.name())
          .isGreaterThanOrEqualTo(4.5);
      assertThat(contrast(SeverityColours.tint(s), SeverityColours.ink()))
          .as(s.name())
          .isGreaterThanOrEqualTo(4.5);
    }
    assertThat(contrast("#ffffff", Svg.MUTED)).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void worseSeveritiesAreDarkerAndNoTwoLookAlike() {
    for (Severity s : Severity.values()) {
      if (s.ordinal() > Severity.ELEVATED.ordinal()) {
        Severity lower = Severity.values()[s.ordinal() - 1];
        assertThat(luminance(SeverityColours.fill(s)))
            .as(s.name())
            .isLessThan(luminance(SeverityColours.fill(lower)));
      }
    }
    assertThat(Arrays.stream(Severity.values()).map(SeverityColours::fill).distinct()).hasSize(5);
    assertThat(Arrays.stream(Severity.values()).map(SeverityColours::tint).distinct()).hasSize(5);
  }

  /** WCAG 2 contrast ratio. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** WCAG 2 relative luminance of #rrggbb. */
  static double luminance(String hex) {
    assertThat(hex).matches("#[0-9a-f]{6}");
    double[] channel = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      channel[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
  }
}
