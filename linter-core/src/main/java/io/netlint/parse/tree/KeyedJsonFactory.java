package io.netlint.parse.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.Reader;

/**
 * A JSON factory whose parsers tell where the current key starts without making a location
 * object, as {@link JsonParser#currentTokenLocation()} does for each call: a plan has millions of
 * keys. Used through {@link #createParser(Reader)}.
 */
final class KeyedJsonFactory extends JsonFactory {

  KeyedJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected JsonParser _createParser(Reader reader, IOContext context) {
    return new Parser(context, _parserFeatures, reader, _objectCodec,
        _rootCharSymbols.makeChild());
  }

  /** Jackson's parser of characters, with the start of the current key. */
  static final class Parser extends ReaderBasedJsonParser {
    Parser(IOContext context, int features, Reader reader, ObjectCodec codec,
        CharsToNameCanonicalizer names) {
      super(context, features, reader, codec, names);
    }

    /** The line of the current key, as its token location gives it. */
    int keyLine() { return _nameStartRow; }

    /** The column of the current key, as its token location gives it. */
    int keyColumn() { return _nameStartCol; }
  }
}
