package dev.switchboard.models;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every Switchboard model: JDK-only collections, {@code Optional} for absent values,
 * builders with {@code from(...)}, and a masked {@code toString()} for attributes marked {@code @Value.Redacted}.
 *
 * <p>Compile-time only: Immutables is an annotation processor and never on the runtime classpath.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    redactedMask = "****",
    defaultAsDefault = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    allowedClasspathAnnotations = {Override.class},
    forceJacksonPropertyNames = false,
    optionalAcceptNullable = true)
public @interface ModelStyle {}
