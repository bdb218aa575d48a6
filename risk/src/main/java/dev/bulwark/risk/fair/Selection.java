package dev.bulwark.risk.fair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values at chosen ranks of an array, as if it were sorted, without sorting it: a few
 * percentiles of a million losses cost a fraction of a sort.
 *
 * <p>{@link #valuesAt} counts the values into 2¹⁶ buckets by the high bits of their ordered bit
 * patterns (roughly logarithmic buckets), finds each wanted rank's bucket, gathers those few
 * buckets and selects within them. {@link #select} is the quickselect used within a bucket: a
 * median-of-three pivot and Hoare's partition (which splits runs of equal values, such as many zero
 * losses, down the middle), recursing only into parts that hold a wanted rank, and sorting a part
 * outright when it is small or the partitioning goes badly.
 */
final class Selection {
  private static final int SMALL = 48;
  private static final int BUCKET_BITS = 16;

  private Selection() {}

  /**
   * The values at {@code ranks} (ascending, distinct) of {@code values} in sorted order; {@code
   * values} is not changed and holds no NaN, and {@code min} and {@code max} are its extremes.
   */
  static double[] valuesAt(double[] values, int[] ranks, double min, double max) {
    long base = key(min);
    long range = key(max) - base; // unsigned: keys of opposite signs may be 2^64 apart
    int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(range) - BUCKET_BITS);
    int[] count = new int[(int) (range >>> shift) + 1];
    for (double v : values) {
      count[(int) ((key(v) - base) >>> shift)]++;
    }
    // each rank's bucket and its rank within the bucket
    int[] bucketOf = new int[ranks.length];
    int[] rankIn = new int[ranks.length];
    int below = 0;
    int r = 0;
    for (int b = 0; b < count.length && r < ranks.length; b++) {
      while (r < ranks.length && ranks[r] < below + count[b]) {
        bucketOf[r] = b;
        rankIn[r] = ranks[r] - below;
        r++;
      }
      below += count[b];
    }
    int[] slot = new int[count.length];
    Arrays.fill(slot, -1);
    List<double[]> gathered = new ArrayList<>();
    for (int b : bucketOf) {
      if (slot[b] < 0) {
        slot[b] = gathered.size();
        gathered.add(new double[count[b]]);
      }
    }
    int[] filled = new int[gathered.size()];
    for (double v : values) {
      int s = slot[(int) ((key(v) - base) >>> shift)];
      if (s >= 0) {
        gathered.get(s)[filled[s]++] = v;
      }
    }
    double[] result = new double[ranks.length];
    for (int first = 0; first < ranks.length; ) {
      int last = first;
      while (last < ranks.length && bucketOf[last] == bucketOf[first]) {
        last++;
      }
      double[] bucket = gathered.get(slot[bucketOf[first]]);
      select(bucket, Arrays.copyOfRange(rankIn, first, last));
      for (int i = first; i < last; i++) {
        result[i] = bucket[rankIn[i]];
      }
      first = last;
    }
    return result;
  }

  /** The bits of a double as a long that orders like the double (−0.0 just below 0.0). */
  private static long key(double v) {
    long bits = Double.doubleToRawLongBits(v);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  /** Rearranges {@code values} so that each of the {@code ranks} (ascending) holds its value. */
  static void select(double[] values, int[] ranks) {
    int depth = 2 * (32 - Integer.numberOfLeadingZeros(values.length));
    select(values, 0, values.length - 1, ranks, 0, ranks.length, depth);
  }

  /** Selects ranks[rFrom, rTo), which lie in a[lo..hi] (inclusive). */
  private static void select(
      double[] a, int lo, int hi, int[] ranks, int rFrom, int rTo, int depth) {
    while (rFrom < rTo) {
      if (hi - lo < SMALL || depth-- == 0) {
        Arrays.sort(a, lo, hi + 1);
        return;
      }
      double pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
      int i = lo - 1;
      int j = hi + 1;
      while (true) {
        do {
          i++;
        } while (a[i] < pivot);
        do {
          j--;
        } while (a[j] > pivot);
        if (i >= j) {
          break;
        }
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
      // now a[lo..j] <= pivot <= a[j+1..hi]
      int split = rFrom;
      while (split < rTo && ranks[split] <= j) {
        split++;
      }
      if (j - lo < hi - j) {
        select(a, lo, j, ranks, rFrom, split, depth);
        lo = j + 1;
        rFrom = split;
      } else {
        select(a, j + 1, hi, ranks, split, rTo, depth);
        hi = j;
        rTo = split;
      }
    }
  }

  private static double median(double x, double y, double z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }
}
