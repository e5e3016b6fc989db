/**
 * The compute core: plain Java with no JavaFX and no dependency on the rest of the app.
 * Networks (nn), data sets and loaders (data), training and metrics (train), and the maths
 * behind the widgets (demo).
 */
package fr.dlintro.core;
