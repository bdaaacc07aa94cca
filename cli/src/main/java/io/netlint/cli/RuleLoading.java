package io.netlint.cli;

import io.netlint.rule.RuleRegistry;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The built-in rules plus those of rule jars given with {@code --plugin}. */
final class RuleLoading {
  private RuleLoading() {}

  static RuleRegistry load(List<File> plugins, CommandLine cmd) {
    ClassLoader parent = Main.class.getClassLoader();
    if (plugins.isEmpty()) return RuleRegistry.load(parent);
    List<URL> urls = new ArrayList<>();
    for (File jar : plugins) {
      if (!jar.isFile()) {
        throw new CommandLine.ParameterException(cmd, "--plugin: no such jar: " + jar);
      }
      try {
        urls.add(jar.toURI().toURL());
      } catch (MalformedURLException e) {
        throw new CommandLine.ParameterException(cmd, "--plugin: bad path: " + jar);
      }
    }
    return RuleRegistry.load(new URLClassLoader(urls.toArray(URL[]::new), parent));
  }
}
