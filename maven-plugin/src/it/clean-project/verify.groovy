// A clean template: the build passes, both default reports are written, the SARIF has no result.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] netlint: 0 findings (0 errors, 0 warnings, 0 info) in 1 file')
assert log.contains('[INFO] netlint: reports in target/netlint')
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/netlint')
def text = new File(reports, 'netlint.txt')
assert text.isFile()
assert text.text.trim() == 'netlint: 0 findings (0 errors, 0 warnings, 0 info) in 1 file'

def sarif = new JsonSlurper().parse(new File(reports, 'netlint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'netlint'
assert sarif.runs[0].results.isEmpty()
return true
