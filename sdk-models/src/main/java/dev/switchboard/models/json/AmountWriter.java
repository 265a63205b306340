package dev.switchboard.models.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes a money amount as the string the API sends ({@code "1000.00"}), with its exact scale, never in exponent
 * form. CALLR {@code amount} and {@code amount_4} values are strings on the wire; they read into {@link BigDecimal}
 * without loss (Jackson keeps the scale of a decimal string).
 */
public final class AmountWriter extends StdScalarSerializer<BigDecimal> {
  private static final long serialVersionUID = 1L;

  /** Creates the writer. */
  public AmountWriter() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.toPlainString());
  }
}
