package io.netlint.parse;

import io.netlint.parse.tree.Node;

/**
 * An input file, read and parsed, ready for its loader.
 *
 * @param file the name reports use: the path as given, or relative to a walked directory's parent
 * @param root the document's root node
 * @param text the decoded text, for what the tree leaves out (YAML comments); null when the
 *     caller parsed the input itself
 */
public record ParsedInput(String file, InputKind kind, Node root, String text) {

  public ParsedInput(String file, InputKind kind, Node root) {
    this(file, kind, root, null);
  }
}
