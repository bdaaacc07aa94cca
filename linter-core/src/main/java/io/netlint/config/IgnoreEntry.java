package io.netlint.config;

import java.util.Optional;

/**
 * One {@code ignore:} entry: findings of {@code rule} whose file and resource match are
 * suppressed, for {@code reason}. Without {@code file} or {@code resource} that part matches
 * anything.
 *
 * @param file a path glob, relative to the configuration file's directory
 * @param resource a name glob over the logical ID or Terraform address
 * @param line where the entry starts in the configuration file
 */
public record IgnoreEntry(String rule, Optional<Glob> file, Optional<Glob> resource,
    String reason, int line, int column) {}
