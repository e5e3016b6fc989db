package fr.dlintro.ui.project.mnist;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Grayscale images as MNIST shows them (light strokes on black), enlarged without blurring. */
final class Pictures {
    private Pictures() {
    }

    /** Pixels 0..255, row-major. */
    static Image of(int[] pixels, int width, int height) {
        WritableImage img = new WritableImage(width, height);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                w.setColor(x, y, Color.gray(Math.max(0, Math.min(255, pixels[y * width + x])) / 255.0));
            }
        }
        return img;
    }

    /** Pixels 0..255 (means), scaled so the brightest is white. */
    static Image ofMeans(double[] pixels, int width, int height) {
        double max = 1e-9;
        for (double v : pixels) {
            max = Math.max(max, v);
        }
        int[] scaled = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            scaled[i] = (int) Math.round(pixels[i] / max * 255);
        }
        return of(scaled, width, height);
    }

    static ImageView view(Image image, double size, String description) {
        ImageView v = new ImageView(image);
        v.setSmooth(false);
        v.setPreserveRatio(true);
        v.setFitWidth(size);
        v.setFitHeight(size);
        v.setAccessibleText(description);
        return v;
    }
}
