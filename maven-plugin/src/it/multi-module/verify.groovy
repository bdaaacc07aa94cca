// Each module is linted with its own sources and reports; paths are relative to the build's root
// directory, so log lines and SARIF name files as the repository does.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('@threadSafe')
// The aggregator has none of the default directories.
assert log.contains('[INFO] netlint: no templates or plans to lint in any of src/main/cloudformation, src/main/terraform, infra, cloudformation, terraform')
// network: warnings below the default threshold are logged and do not fail the build.
assert log.contains("[WARNING] network/src/main/cloudformation/branch-vpns.yaml:7: NET201 Virtual private gateway 'LisbonGateway'")
assert log.contains('[INFO] netlint: reports in network/target/netlint')
assert log.contains('[INFO] netlint: reports in service/target/netlint')

def network = new JsonSlurper().parse(new File(basedir, 'network/target/netlint/netlint.sarif'))
def uris = network.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert uris.contains('network/src/main/cloudformation/branch-vpns.yaml')

def service = new File(basedir, 'service/target/netlint/netlint.txt').text
assert service.trim() == 'netlint: 0 findings (0 errors, 0 warnings, 0 info) in 1 file'
assert !new File(basedir, 'target/netlint').exists()
return true
