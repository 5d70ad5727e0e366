// cassandra:up ran its three steps on the node of cassandra:start: the table named by the placeholder from
// -Dcassandra.placeholders.table exists, the script with placeholders off ran as written, and verify passed.
def log = new File(basedir, 'build.log').text

assert log.contains('Step 1/3: migrate') && log.contains('Step 2/3: seed') && log.contains('Step 3/3: verify')
assert log.contains('Applied 2_create_greetings.cql') : 'the placeholder ${table} was not defined'
assert log.contains('Applied 3_insert_template.cql') : 'the script with placeholders off did not run'
assert log.contains('Loaded greetings.yaml: 1 rows (it_up.greetings 1)') : 'seed did not load the file'
assert log.contains('Verify of keyspace it_up: 1 table, all passed') : 'verify did not pass'
assert log.contains('stopped.') : 'cassandra:stop did not stop the node'
return true
