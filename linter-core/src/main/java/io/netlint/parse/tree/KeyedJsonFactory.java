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
 * A JSON factory whose parsers tell where the current token starts without making a location
 * object, as {@link JsonParser#currentTokenLocation()} does for each call: a plan has millions of
 * keys and values. Used through {@link #createParser(Reader)}.
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

  /**
   * Jackson's parser of characters, telling where the current token starts from the same fields
   * its {@link #currentTokenLocation()} reads.
   */
  static final class Parser extends ReaderBasedJsonParser {
    Parser(IOContext context, int features, Reader reader, ObjectCodec codec,
        CharsToNameCanonicalizer names) {
      super(context, features, reader, codec, names);
    }

    /** Where the current key starts. */
    Position keyPosition() { return at(_nameStartRow, _nameStartCol); }

    /** Where the current token, a value or the start of an object or array, starts. */
    Position valuePosition() { return at(_tokenInputRow, _tokenInputCol); }

    private static Position at(int line, int column) {
      return new Position(Math.max(1, line), Math.max(1, column));
    }
  }
}
