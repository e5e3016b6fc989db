package fr.dlintro.ui.widget.imagematrix;

import java.util.Map;

/** The two small images of the widget, drawn by hand for it (no image from the book). */
final class SampleImages {
    private SampleImages() {
    }

    /** A handwritten-like « 3 », light stroke on black as in MNIST; (H, W) = (8, 8), values 0–255. */
    static int[][] digit() {
        return new int[][] {
            {0, 30, 160, 220, 210, 120, 10, 0},
            {0, 90, 180, 60, 90, 240, 60, 0},
            {0, 0, 0, 0, 80, 230, 40, 0},
            {0, 0, 40, 170, 250, 110, 0, 0},
            {0, 0, 20, 70, 160, 230, 50, 0},
            {0, 0, 0, 0, 20, 230, 110, 0},
            {0, 120, 60, 20, 120, 240, 70, 0},
            {0, 60, 200, 250, 190, 60, 0, 0},
        };
    }

    private static final String[] FLOWER = {
        "sssssoYY",
        "ssssssoY",
        "ssPRPsss",
        "sRRCRRss",
        "ssPRPsss",
        "sssGssss",
        "hgGGggGh",
        "gghggghg",
    };

    private static final Map<Character, int[]> COLOURS = Map.of(
            's', new int[] {135, 206, 235},
            'o', new int[] {255, 170, 30},
            'Y', new int[] {255, 220, 0},
            'P', new int[] {240, 110, 150},
            'R', new int[] {210, 30, 60},
            'C', new int[] {250, 210, 40},
            'G', new int[] {30, 120, 50},
            'g', new int[] {90, 180, 70},
            'h', new int[] {60, 150, 60});

    /** A flower in a meadow under the sun; (C, H, W) = (3, 8, 8), channels R, G, B. */
    static int[][][] flower() {
        int h = FLOWER.length;
        int w = FLOWER[0].length();
        int[][][] img = new int[3][h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int[] rgb = COLOURS.get(FLOWER[r].charAt(c));
                for (int ch = 0; ch < 3; ch++) {
                    img[ch][r][c] = rgb[ch];
                }
            }
        }
        return img;
    }
}
