package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.Checks;
import dev.switchboard.models.callr.AuthenticationSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link SessionsService}. */
final class SessionsServiceImpl implements SessionsService {
  static final CallrMethod<AuthenticationSession> CREATE =
      CallrMethod.of("session.create", false, CallrResults.of(AuthenticationSession.class));
  static final CallrMethod<List<AuthenticationSession>> ALL =
      CallrMethod.of("session.all", true, CallrResults.listOf(AuthenticationSession.class));
  static final CallrMethod<AuthenticationSession> REFRESH =
      CallrMethod.of("session.refresh", false, CallrResults.of(AuthenticationSession.class));
  static final CallrMethod<Boolean> DELETE =
      CallrMethod.of("session.delete", false, CallrResults.BOOLEAN);

  private final CallrRpc rpc;

  SessionsServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> createParams() {
    return CallrRpc.params();
  }

  @Override
  public AuthenticationSession create(RequestOptions requestOptions) {
    return rpc.call(CREATE, createParams(), requestOptions);
  }

  @Override
  public CompletableFuture<AuthenticationSession> createAsync(RequestOptions requestOptions) {
    return rpc.callAsync(CREATE, createParams(), requestOptions);
  }

  private static List<Object> allParams() {
    return CallrRpc.params();
  }

  @Override
  public List<AuthenticationSession> all(RequestOptions requestOptions) {
    return rpc.call(ALL, allParams(), requestOptions);
  }

  @Override
  public CompletableFuture<List<AuthenticationSession>> allAsync(RequestOptions requestOptions) {
    return rpc.callAsync(ALL, allParams(), requestOptions);
  }

  private static List<Object> refreshParams(String refreshToken) {
    Checks.secretId(REFRESH.name, "refreshToken", refreshToken);
    return CallrRpc.params(refreshToken);
  }

  @Override
  public AuthenticationSession refresh(String refreshToken, RequestOptions requestOptions) {
    return rpc.call(REFRESH, refreshParams(refreshToken), requestOptions);
  }

  @Override
  public CompletableFuture<AuthenticationSession> refreshAsync(String refreshToken, RequestOptions requestOptions) {
    return rpc.callAsync(REFRESH, refreshParams(refreshToken), requestOptions);
  }

  private static List<Object> deleteParams() {
    return CallrRpc.params();
  }

  @Override
  public Boolean delete(RequestOptions requestOptions) {
    return rpc.call(DELETE, deleteParams(), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> deleteAsync(RequestOptions requestOptions) {
    return rpc.callAsync(DELETE, deleteParams(), requestOptions);
  }
}
