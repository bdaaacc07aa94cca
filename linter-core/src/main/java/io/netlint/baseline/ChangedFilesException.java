package io.netlint.baseline;

/** git could not say what changed: not a repository, an unknown ref, git missing. Exit 2. */
public final class ChangedFilesException extends Exception {
  public ChangedFilesException(String message) {
    super(message);
  }
}
