package dev.switchboard.models;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every Switchboard model: JDK-only collections, {@code Optional} for absent values,
 * builders with {@code from(...)}, and a masked {@code toString()}: {@link ModelText} prints every model and masks
 * attributes marked {@link Secret}, secret names ({@link SecretKeys}) and secrets inside raw trees and maps.
 *
 * <p>Compile-time only: Immutables is an annotation processor and never on the runtime classpath.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    redactedMask = "****",
    delegateToString = "dev.switchboard.models.ModelText.toString",
    defaultAsDefault = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    allowedClasspathAnnotations = {Override.class},
    forceJacksonPropertyNames = false,
    optionalAcceptNullable = true)
public @interface ModelStyle {}
