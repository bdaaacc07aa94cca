// Two branch offices on one router each: NET201 warnings, no error. With failOnSeverity warning
// and one violation allowed, the build fails; the formats configured replace the defaults.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] cloudformation/branch-vpns.yaml:7: NET201 Virtual private gateway 'LisbonGateway'")
assert log.contains("[WARNING] cloudformation/branch-vpns.yaml:26: NET201 Virtual private gateway 'PortoGateway'")
// Only warnings: the default threshold would have passed this build.
assert !(log =~ /\[ERROR\] cloudformation\/[^:]+:\d+: NET\d{3} /)
assert log =~ /on project threshold-warning: netlint: \d+ findings at or above warning, more than the 1 allowed; reports in target\/netlint/
assert log.contains('BUILD FAILURE')

def reports = new File(basedir, 'target/netlint')
assert new File(reports, 'netlint.txt').isFile()
assert !new File(reports, 'netlint.sarif').exists()
def json = new JsonSlurper().parse(new File(reports, 'netlint.json'))
assert json.findings.count { it.ruleId == 'NET201' && it.severity == 'warning' } == 2
return true
