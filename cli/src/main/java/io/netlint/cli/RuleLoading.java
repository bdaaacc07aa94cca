package io.netlint.cli;

import io.netlint.rule.RuleRegistry;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The built-in rules, those of rule jars given with {@code --rules-jar} (or its old name
 * {@code --plugin}), and the policies given with {@code --policy}.
 */
final class RuleLoading {
  private RuleLoading() {}

  static RuleRegistry load(CustomRuleOptions custom, CommandLine cmd) {
    return custom.join(load(custom.jars, cmd));
  }

  private static RuleRegistry load(List<File> jars, CommandLine cmd) {
    if (jars.isEmpty()) return Prefetch.builtInRules();
    ClassLoader parent = Main.class.getClassLoader();
    List<URL> urls = new ArrayList<>();
    for (File jar : jars) {
      if (!jar.isFile()) {
        throw new CommandLine.ParameterException(cmd, "--rules-jar: no such jar: " + jar);
      }
      try {
        urls.add(jar.toURI().toURL());
      } catch (MalformedURLException e) {
        throw new CommandLine.ParameterException(cmd, "--rules-jar: bad path: " + jar);
      }
    }
    return RuleRegistry.load(new URLClassLoader(urls.toArray(URL[]::new), parent));
  }
}
