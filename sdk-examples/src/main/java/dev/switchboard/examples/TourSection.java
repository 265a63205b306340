package dev.switchboard.examples;

/**
 * One section of the tour, e.g. "CALLR: send an SMS". Implementations are registered in {@link Tour#sections()}.
 *
 * <p>{@link #run(TourContext)} prints its results with {@link TourContext#printer()} and signals failure by
 * throwing; the tour then prints the error, goes on with the next section and exits with 1 at the end.
 */
public interface TourSection {

    /**
     * The section id {@code --only} selects it by: a {@link Provider#id() provider id} ({@code callr},
     * {@code voipbin}, {@code trackdrive}, {@code telmetrics}) or {@value TourConfig#SANDBOX}.
     */
    String provider();

    /** The heading, e.g. {@code "VoIPBin: group calls"}. */
    String title();

    void run(TourContext ctx) throws Exception;
}
