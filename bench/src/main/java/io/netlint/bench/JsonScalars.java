package io.netlint.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The scalar values the generators put in templates and plans, written with Jackson. */
final class JsonScalars {

  private JsonScalars() {}

  static void write(JsonGenerator g, Object v) throws IOException {
    if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v == null) {
      g.writeNull();
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass());
    }
  }
}
