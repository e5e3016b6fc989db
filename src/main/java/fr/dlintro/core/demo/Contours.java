package fr.dlintro.core.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a {@link SampledField} by marching squares: each grid cell crossed by the
 * level contributes one or two straight segments, interpolated linearly along its edges.
 * Segments are not joined into polylines; drawn one after another they look continuous.
 */
public final class Contours {
    /** One segment of a contour line, in the field's coordinates. */
    public record Segment(double x1, double y1, double x2, double y2) {
    }

    private Contours() {
    }

    public static List<Segment> at(SampledField f, double level) {
        List<Segment> out = new ArrayList<>();
        for (int r = 0; r + 1 < f.rows(); r++) {
            for (int c = 0; c + 1 < f.columns(); c++) {
                cell(f, c, r, level, out);
            }
        }
        return out;
    }

    // corners counter-clockwise: 0 (c, r), 1 (c+1, r), 2 (c+1, r+1), 3 (c, r+1); edge k joins corner k and k+1
    private static void cell(SampledField f, int c, int r, double level, List<Segment> out) {
        double[] v = {f.value(c, r), f.value(c + 1, r), f.value(c + 1, r + 1), f.value(c, r + 1)};
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return;
            }
        }
        int index = 0;
        for (int k = 0; k < 4; k++) {
            if (v[k] >= level) {
                index |= 1 << k;
            }
        }
        if (index == 0 || index == 15) {
            return;
        }
        double[][] corner = {{f.x(c), f.y(r)}, {f.x(c + 1), f.y(r)}, {f.x(c + 1), f.y(r + 1)}, {f.x(c), f.y(r + 1)}};
        List<double[]> crossings = new ArrayList<>(4);
        for (int k = 0; k < 4; k++) {
            int j = (k + 1) % 4;
            boolean a = v[k] >= level;
            boolean b = v[j] >= level;
            if (a != b) {
                double t = (level - v[k]) / (v[j] - v[k]);
                crossings.add(new double[] {corner[k][0] + t * (corner[j][0] - corner[k][0]),
                        corner[k][1] + t * (corner[j][1] - corner[k][1]), k});
            }
        }
        if (crossings.size() == 2) {
            add(out, crossings.get(0), crossings.get(1));
        } else if (crossings.size() == 4) {
            // saddle cell: the centre's value decides which corners the lines separate
            double centre = (v[0] + v[1] + v[2] + v[3]) / 4;
            boolean corner0High = v[0] >= level;
            if ((centre >= level) == corner0High) {
                add(out, crossings.get(0), crossings.get(1));
                add(out, crossings.get(2), crossings.get(3));
            } else {
                add(out, crossings.get(0), crossings.get(3));
                add(out, crossings.get(1), crossings.get(2));
            }
        }
    }

    private static void add(List<Segment> out, double[] p, double[] q) {
        out.add(new Segment(p[0], p[1], q[0], q[1]));
    }
}
