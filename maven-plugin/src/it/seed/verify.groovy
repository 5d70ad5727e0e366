// The build log shows both seed files loaded (the shared one, then the dev profile's), a second seed
// that skips them as unchanged, and the node stopped.
def log = new File(basedir, 'build.log').text

assert log.contains('Loaded employee.yaml: 4 rows (it_seed.employee 4)') : 'seed did not load the shared file'
assert log.contains('Loaded dev/extra.yaml: 1 rows (it_seed.employee 1)') : 'seed did not load the dev profile file'
assert log.indexOf('Loaded employee.yaml') < log.indexOf('Loaded dev/extra.yaml') : 'profile files loaded first'
assert log.contains('Unchanged, skipped: employee.yaml') : 'the second seed did not skip the unchanged file'
assert log.contains('Seeded 0 file(s), 0 rows') : 'the second seed loaded something'
assert log.contains('stopped.') : 'cassandra:stop did not stop the node'
return true
