// The build log shows the node started, its address reached the next goal, and the node stopped afterwards.
def log = new File(basedir, 'build.log').text

def started = log =~ /Embedded Cassandra (\S+) started at (127\.0\.0\.1):(\d+); log: (\S+)/
assert started.find() : 'cassandra:start did not report a started node'
def address = started.group(2) + ':' + started.group(3)
def port = started.group(3) as int
assert log.contains("Cassandra runs with cassandra.contactPoints=${address} and cassandra.nativePort=${port}")

assert log.contains("integration tests connect to ${address}, native port ${port}") :
        'the project properties cassandra.contactPoints / cassandra.nativePort did not reach the next goal'

def node = new File(basedir, 'target/embedded-cassandra')
assert new File(started.group(4)) == new File(node, 'logs/system.log').canonicalFile
def systemLog = new File(node, 'logs/system.log').text
assert systemLog.contains('Starting listening for CQL clients on /' + address)
assert systemLog.contains('user_defined_functions_enabled=true') : 'the <embeddedYaml> entries did not reach the node'

assert log.contains("Cassandra nodes in ${node.canonicalPath} stopped.") : 'cassandra:stop did not stop the node'
assert log.indexOf('stopped.') > log.indexOf('integration tests connect to')
assert !new File(node, 'cassandra.pid').exists() : 'the pid file outlived the node'
try {
    new Socket('127.0.0.1', port).close()
    assert false : "port ${port} still accepts connections after cassandra:stop"
} catch (ConnectException expected) {
    // The node is gone.
}
return true
