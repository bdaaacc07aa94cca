// The company rule jar, a <dependency> of the plugin, is found through ServiceLoader: NET950 is
// logged, lands in the SARIF report with its rule, and (a warning) does not fail the build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] app/src/main/cloudformation/platform.yaml:5: NET950 VPC 'PlatformVpc' is a /16;"
    + " the address plan allots at most a /20 [PlatformVpc]")
assert log.contains('BUILD SUCCESS')

def sarif = new JsonSlurper().parse(new File(basedir, 'app/target/netlint/netlint.sarif'))
def run = sarif.runs[0]
def results = run.results.findAll { it.ruleId == 'NET950' }
assert results.size() == 1
assert results[0].level == 'warning'
def rules = (run.tool.driver.rules ?: []) + (run.tool.extensions ?: []).collectMany { it.rules ?: [] }
assert rules.any { it.id == 'NET950' }
// The rule module itself has no netlint execution.
assert !new File(basedir, 'rules/target/netlint').exists()
return true
