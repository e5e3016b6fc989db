package fr.dlintro.ui.widget.clustering;

import fr.dlintro.core.demo.KMeans;
import fr.dlintro.core.demo.PointClouds;
import fr.dlintro.ui.widget.FrenchFormat;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * k-means on generated points, step by step: Étape runs one half-step (assignment or
 * update), Lecture asks the view to step on a timer until convergence. Changing k or the
 * seed starts over; the seed draws the points and the initial centres.
 */
public final class ClusteringModel {
    public static final int MIN_K = 1;
    public static final int MAX_K = 8;

    private final int groups;
    private final int pointCount;
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k");
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper converged = new ReadOnlyBooleanWrapper(this, "converged");
    private final ReadOnlyStringWrapper phaseText = new ReadOnlyStringWrapper(this, "phaseText");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");
    private double[][] points;
    private KMeans kmeans;
    private double[][] previousCentroids; // where the centroids were before the last update step

    public ClusteringModel(int k, int groups, int pointCount, int seed) {
        this.groups = groups;
        this.pointCount = pointCount;
        this.k.set(clampK(k));
        this.seed.set(seed);
        regenerate();
        this.k.addListener((o, a, b) -> reset());
        this.seed.addListener((o, a, b) -> regenerate());
    }

    private static int clampK(int k) {
        return Math.max(MIN_K, Math.min(MAX_K, k));
    }

    private void regenerate() {
        points = PointClouds.blobs(groups, pointCount, seed.get());
        reset();
    }

    /** Same points, centres drawn again from the seed, iteration 0. */
    public void reset() {
        playing.set(false);
        // the centres' seed depends on k too, so each k starts from its own k-means++ draw
        kmeans = new KMeans(points, Math.min(k.get(), points.length), seed.get() * 31L + k.get());
        previousCentroids = null;
        changed();
    }

    /** One half-step: assignment, or centroid update. Stops playback once converged. */
    public void step() {
        if (kmeans.converged()) {
            playing.set(false);
            return;
        }
        previousCentroids = kmeans.nextPhase() == KMeans.Phase.UPDATE ? kmeans.centroids() : null;
        kmeans.step();
        if (kmeans.converged()) {
            playing.set(false);
        }
        changed();
    }

    public void play() {
        if (!kmeans.converged()) {
            playing.set(true);
        }
    }

    public void pause() {
        playing.set(false);
    }

    /** Draws another cloud of points (next seed) and starts over. */
    public void newPoints() {
        seed.set(seed.get() == Integer.MAX_VALUE ? 0 : seed.get() + 1);
    }

    private void changed() {
        converged.set(kmeans.converged());
        phaseText.set(phase());
        statusText.set(status());
        revision.set(revision.get() + 1);
    }

    private String phase() {
        if (kmeans.converged()) {
            return "Convergé : à la dernière affectation, aucun point n'a changé de groupe.";
        }
        if (kmeans.iteration() == 0) {
            return "Départ : " + k.get() + (k.get() > 1 ? " centres tirés" : " centre tiré")
                    + " parmi les points (k-means++). Prochaine étape : affectation.";
        }
        if (kmeans.nextPhase() == KMeans.Phase.UPDATE) {
            return "Affectation : chaque point rejoint le centre le plus proche ("
                    + kmeans.lastChanges() + (kmeans.lastChanges() > 1 ? " points ont changé" : " point a changé")
                    + " de groupe). Prochaine étape : mise à jour.";
        }
        return "Mise à jour : chaque centre se place au milieu de ses points. Prochaine étape : affectation.";
    }

    private String status() {
        return "Itération " + kmeans.iteration() + " · inertie : " + FrenchFormat.decimal(kmeans.inertia(), 3)
                + (kmeans.converged() ? " · convergé" : "");
    }

    public int groups() { return groups; }

    public IntegerProperty kProperty() { return k; }

    public IntegerProperty seedProperty() { return seed; }

    public BooleanProperty playingProperty() { return playing; }

    /** Bumped after every change of the clustering, so the view knows when to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty convergedProperty() { return converged.getReadOnlyProperty(); }

    public ReadOnlyStringProperty phaseTextProperty() { return phaseText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }

    public int iteration() { return kmeans.iteration(); }

    public double inertia() { return kmeans.inertia(); }

    public KMeans.Phase nextPhase() { return kmeans.nextPhase(); }

    public int pointCount() { return points.length; }

    /** Points as (n, 2) in [0, 1]². */
    public double[] point(int i) { return points[i].clone(); }

    public int[] assignment() { return kmeans.assignment(); }

    public double[][] centroids() { return kmeans.centroids(); }

    /** Centroids before the last update step (to draw how they moved), or null. */
    public double[][] previousCentroids() { return previousCentroids; }
}
