package io.netlint.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and parses the files of a run on every core: a monorepo of templates then costs about
 * its total divided by the cores, not the total. The engine takes the results in its own input
 * order, so the output does not depend on which thread finished first.
 */
final class InputReads {

  private InputReads() {}

  /** Each file's result; a file named twice is read once. */
  static Map<InputFile, InputReader.Result> read(List<InputFile> files) {
    return read(files, LintRequest.DEFAULT_MAX_FILE_SIZE);
  }

  /** As {@link #read(List)}, refusing files larger than {@code maxFileSize} bytes. */
  static Map<InputFile, InputReader.Result> read(List<InputFile> files, long maxFileSize) {
    Map<InputFile, InputReader.Result> results = new HashMap<>();
    if (files.size() < 2) {
      // one file gains nothing from threads, and a short run would pay for starting them
      for (InputFile f : files) results.put(f, InputReader.read(f, maxFileSize));
      return results;
    }
    List<InputFile> distinct = files.stream().distinct().toList();
    List<InputReader.Result> read = distinct.parallelStream()
        .map(f -> InputReader.read(f, maxFileSize)).toList();
    for (int i = 0; i < distinct.size(); i++) results.put(distinct.get(i), read.get(i));
    return results;
  }
}
