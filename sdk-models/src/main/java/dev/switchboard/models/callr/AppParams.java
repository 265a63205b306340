package dev.switchboard.models.callr;

/**
 * The parameters of a CALLR Voice App ({@code App.p}): one of {@link Calltracking10}, {@link Clicktocall10},
 * {@link Realtime10} or {@link Actions10}, chosen by the App's package name. See {@link App#params()}.
 */
public interface AppParams {}
