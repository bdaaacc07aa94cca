/**
 * <b>Internal.</b> JSON and YAML read into a tree that keeps every value's line and column, for
 * the loaders.
 */
package io.netlint.parse.tree;
