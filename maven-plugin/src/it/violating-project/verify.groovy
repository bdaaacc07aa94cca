// Overlapping peered VPCs: the finding is logged at [ERROR] with its file and line, and the build
// fails with a one-line summary that names the threshold and where the reports are.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/main/cloudformation/peering.yaml:5: NET101 VPC 'OrdersVpc' (10.50.0.0/16)"
    + " overlaps VPC 'ReportingVpc' (10.50.64.0/18)")
assert log =~ /\[ERROR\] Failed to execute goal io\.netlint:netlint-maven-plugin:[^:]+:check \(default\) on project violating-project: netlint: \d+ findings? at or above error; reports in target\/netlint/
assert log.contains('BUILD FAILURE')

// Reports are written before the build fails, so CI can still upload them.
def reports = new File(basedir, 'target/netlint')
assert new File(reports, 'netlint.txt').text.contains(
    'src/main/cloudformation/peering.yaml:5:3: error NET101 ')
def sarif = new JsonSlurper().parse(new File(reports, 'netlint.sarif'))
def result = sarif.runs[0].results.find { it.ruleId == 'NET101' }
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'src/main/cloudformation/peering.yaml'
assert result.locations[0].physicalLocation.region.startLine == 5
return true
