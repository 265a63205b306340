package dev.switchboard.models;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model attribute whose value is a secret (a password, a token, an HMAC secret, a message body): the
 * model's {@code toString()} ({@link ModelText}) prints {@value SecretKeys#MASK} instead of the value.
 *
 * <p>Attributes whose JSON name is on the {@link SecretKeys} deny-list are masked without this annotation; it is for
 * secrets whose name does not say so ({@code login}, {@code auth}, {@code value}, {@code text}). Kept at run time
 * because {@code toString()} reads it there.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Secret {}
