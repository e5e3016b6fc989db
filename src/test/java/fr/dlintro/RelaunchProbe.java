package fr.dlintro;

/** A main class for {@link ArchivedRelaunchTest}'s child JVM: loads a few classes and prints its arguments. */
public final class RelaunchProbe {
    private RelaunchProbe() {
    }

    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 2_000_000; i++) {
            sum += square(i) % 7;
        }
        System.out.println("sonde " + String.join(" ", new java.util.TreeSet<>(java.util.List.of(args))) + " " + sum);
    }

    /** Hot enough for C2, which the directives keep away from code outside the compute core. */
    private static long square(long x) {
        return x * x;
    }
}
