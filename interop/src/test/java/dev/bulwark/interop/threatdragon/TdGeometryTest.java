package dev.bulwark.interop.threatdragon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.interop.threatdragon.TdGeometry.Point;
import dev.bulwark.interop.threatdragon.TdGeometry.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class TdGeometryTest {
  private static final List<Point> WALL = List.of(new Point(100, 0), new Point(100, 200));

  @Test
  void aPathCrossesWhenItsEndsLieOnDifferentSides() {
    assertThat(TdGeometry.crosses(List.of(new Point(0, 50), new Point(200, 50)), WALL)).isTrue();
    assertThat(TdGeometry.crosses(List.of(new Point(0, 50), new Point(50, 50)), WALL)).isFalse();
    // over and back again: both ends on one side
    assertThat(
            TdGeometry.crosses(
                List.of(new Point(0, 50), new Point(200, 100), new Point(0, 150)), WALL))
        .isFalse();
    // past the end of the curve
    assertThat(TdGeometry.crosses(List.of(new Point(0, 250), new Point(200, 250)), WALL)).isFalse();
  }

  @Test
  void rectangles() {
    Rect rect = new Rect(10, 20, 100, 50);
    assertThat(rect.center()).isEqualTo(new Point(60, 45));
    assertThat(rect.contains(new Point(110, 70))).isTrue();
    assertThat(rect.contains(new Point(111, 70))).isFalse();
    assertThat(rect.distance(new Point(113, 74))).isEqualTo(5.0);
    assertThat(rect.distance(new Point(50, 50))).isZero();
  }
}
