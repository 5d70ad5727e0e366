package org.cqlshift.embedded;

/** The three ports a node listens on; each must be free on the listen address. */
record NodePorts(int nativePort, int storagePort, int jmxPort) {
}
